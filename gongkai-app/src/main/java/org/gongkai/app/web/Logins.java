package org.gongkai.app.web;

import java.time.Duration;
import java.util.Optional;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.StoreException;
import org.gongkai.app.store.User;
import org.springframework.stereotype.Component;

/**
 * One login, for the form and for {@code POST /api/auth/token}: the client address's throttle
 * first, then the store's check of the password (which throttles the account).
 */
@Component
public class Logins {

    private final Directory directory;
    private final LoginThrottle throttle;

    public Logins(Directory directory, LoginThrottle throttle) {
        this.directory = directory;
        this.throttle = throttle;
    }

    /**
     * @throws StoreException.LoginFailed wrong name or password; with {@code retryAfter} when the
     *                                    account or the address is locked
     */
    public User login(String username, String password, String address) {
        Optional<Duration> wait = throttle.locked(address);
        if (wait.isPresent()) {
            throw new StoreException.LoginFailed("本地址登录失败次数过多，请 " + Math.max(1, wait.get().toSeconds()) + " 秒后再试",
                    wait.get());
        }
        try {
            User user = directory.authenticate(username, password);
            throttle.succeeded(address);
            return user;
        } catch (StoreException.LoginFailed e) {
            throttle.failed(address);
            throw e;
        }
    }
}
