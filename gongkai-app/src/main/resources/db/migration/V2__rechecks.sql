-- Re-checks (重新核对) of a version with the rules of the day, asked for by a reviewer from the
-- bureau's dashboard. A version's own report (the one it was stored with) never changes; the latest
-- re-check of each version is kept beside it, one row per version.
CREATE TABLE rechecks (
    version_id           BIGINT NOT NULL PRIMARY KEY REFERENCES versions (id),
    checked_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_by           VARCHAR(100) NOT NULL,
    error_count          INTEGER NOT NULL,
    warning_count        INTEGER NOT NULL,
    info_count           INTEGER NOT NULL,
    completeness_errors  INTEGER NOT NULL,       -- errors of the completeness rules (complete.*)
    first_error          TEXT                    -- the first error's location and message, null when none
);
