package org.gongkai.app.store;

import java.util.List;

/**
 * What the store refuses, in Chinese for the user. The web layer maps each subtype to one HTTP
 * status: {@link NotFound} 404, {@link Forbidden} 403, {@link TransitionNotAllowed} 409,
 * {@link UnacknowledgedErrors} 422, {@link Unreadable} 422 (the importer's message), {@link Invalid}
 * 400, {@link Conflict} 409, {@link Integrity} 500, {@link LoginFailed} 401 (429 while locked).
 */
public abstract class StoreException extends RuntimeException {

    protected StoreException(String message) {
        super(message);
    }

    protected StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Nothing of that id or code (or nothing the caller may see: the public gets this for a draft). */
    public static final class NotFound extends StoreException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** The caller lacks the right (wrong role, department or region). */
    public static final class Forbidden extends StoreException {
        public Forbidden(String message) {
            super(message);
        }
    }

    /** The version is not in a status the transition starts from (e.g. publish a draft). */
    public static final class TransitionNotAllowed extends StoreException {
        private final VersionStatus status;

        public TransitionNotAllowed(String message, VersionStatus status) {
            super(message);
            this.status = status;
        }

        /** The version's status now. */
        public VersionStatus status() {
            return status;
        }
    }

    /** Submitting while error findings remain that no acknowledgement with a reason covers. */
    public static final class UnacknowledgedErrors extends StoreException {
        private final List<String> findingIds;

        public UnacknowledgedErrors(String message, List<String> findingIds) {
            super(message);
            this.findingIds = List.copyOf(findingIds);
        }

        /** The ids of the error findings still to acknowledge, in report order. */
        public List<String> findingIds() {
            return findingIds;
        }
    }

    /** An upload the importer cannot read: its message names file, page, line. */
    public static final class Unreadable extends StoreException {
        public Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A request that is wrong in itself: a missing reason, an unknown code, a bad parameter. */
    public static final class Invalid extends StoreException {
        public Invalid(String message) {
            super(message);
        }
    }

    /** Something of that code or name exists already. */
    public static final class Conflict extends StoreException {
        public Conflict(String message) {
            super(message);
        }
    }

    /** A stored file or JSON whose sha256 no longer matches what was recorded. */
    public static final class Integrity extends StoreException {
        public Integrity(String message) {
            super(message);
        }
    }

    /** A login refused: wrong name or password, or an account locked after repeated failures. */
    public static final class LoginFailed extends StoreException {
        private final java.time.Duration retryAfter;

        public LoginFailed(String message, java.time.Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        /** How long the account stays locked; null when it is not locked. */
        public java.time.Duration retryAfter() {
            return retryAfter;
        }
    }
}
