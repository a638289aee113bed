package org.gongkai.app.store;

/**
 * A finding of a version's check report.
 *
 * @param id              stable within its version: a hash of rule, location and message (with
 *                        "-2", "-3" … for repeats)
 * @param json            the CLI's finding object ({@code rule, severity, message, location, evidence})
 * @param acknowledgement the editor's acknowledgement with its reason, null when none
 */
public record StoredFinding(String id, String rule, String severity, String message, String location, String json,
        Acknowledgement acknowledgement) {
}
