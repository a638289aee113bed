package org.gongkai.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address (the per-account throttle is the store's, in
 * {@code Directory.authenticate}): after {@code gongkai.login.address-failures} (default 10)
 * consecutive failures from one address, logins from it are refused for 30 s, doubling with each
 * further failure up to 15 min. Kept in memory: a restart forgets it, the account locks remain.
 */
@Component
public class LoginThrottle {

    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    private static final int MAX_ADDRESSES = 100_000;

    private record State(int failures, Instant lockedUntil) {
    }

    private final Map<String, State> addresses = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;

    public LoginThrottle(Clock clock, @Value("${gongkai.login.address-failures:10}") int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** How long logins from this address stay refused; empty when they are allowed. */
    public Optional<Duration> locked(String address) {
        State s = addresses.get(address);
        Instant now = clock.instant();
        if (s == null || s.lockedUntil == null || !s.lockedUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, s.lockedUntil));
    }

    /** Records a failed login from this address. */
    public void failed(String address) {
        if (addresses.size() >= MAX_ADDRESSES) {
            addresses.clear();
        }
        Instant now = clock.instant();
        addresses.compute(address, (k, s) -> {
            int failures = (s == null ? 0 : s.failures) + 1;
            Instant lock = null;
            if (failures >= limit) {
                int extra = Math.min(failures - limit, 10);
                Duration d = FIRST_LOCK.multipliedBy(1L << extra);
                lock = now.plus(d.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : d);
            }
            return new State(failures, lock);
        });
    }

    /** A successful login from this address resets its count. */
    public void succeeded(String address) {
        addresses.remove(address);
    }

    /** Forgets every address (tests start clean). */
    void reset() {
        addresses.clear();
    }
}
