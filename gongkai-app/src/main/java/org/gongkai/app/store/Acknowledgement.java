package org.gongkai.app.store;

import java.time.Instant;

/**
 * An error finding acknowledged with a written reason before submitting (shown to the reviewer).
 *
 * @param username who acknowledged (null in a request: the caller)
 * @param at       when (null in a request)
 */
public record Acknowledgement(String finding, String reason, String username, Instant at) {

    /** As a submit request carries it. */
    public static Acknowledgement of(String finding, String reason) {
        return new Acknowledgement(finding, reason, null, null);
    }
}
