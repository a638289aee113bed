package org.gongkai.app.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the store keeps its files and its fixed policies: the data directory ({@code gongkai.data},
 * default {@code data}; uploaded files under {@code files/}), the time zone of dates (Asia/Shanghai),
 * how long a bearer token lives, and the login throttle.
 */
@Component
public class StoreSettings {

    /** Consecutive failed logins after which an account is throttled. */
    public static final int FAILED_LOGINS_BEFORE_LOCK = 5;
    /** The first lock; each further failure doubles it up to {@link #MAX_LOCK}. */
    public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    public static final Duration MAX_LOCK = Duration.ofMinutes(15);
    /** Publishing within this many days of the 批复 date counts as on time. */
    public static final int PUBLISH_DAYS = 20;

    private final Path dataDir;
    private final Duration tokenLifetime;

    public StoreSettings(@Value("${gongkai.data:data}") String dataDir,
            @Value("${gongkai.token-lifetime:PT12H}") Duration tokenLifetime) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.tokenLifetime = tokenLifetime;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The uploaded files: {@code <data>/files}. */
    public Path filesDir() {
        return dataDir.resolve("files");
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    /** Dates (published, 批复) are days in China. */
    public ZoneId zone() {
        return ZoneId.of("Asia/Shanghai");
    }
}
