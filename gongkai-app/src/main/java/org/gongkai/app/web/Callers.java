package org.gongkai.app.web;

import org.gongkai.app.store.Caller;
import org.gongkai.app.store.User;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Caller} of the current request: the authenticated account, or the public. */
final class Callers {

    private Callers() {
    }

    static Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof User user) {
            return user.caller();
        }
        return Caller.anonymous();
    }
}
