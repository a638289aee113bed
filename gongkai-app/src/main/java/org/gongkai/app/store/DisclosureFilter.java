package org.gongkai.app.store;

/**
 * Filters of the disclosure list; each null means any. The public sees published ones only,
 * whatever the status asked.
 *
 * @param status matches the latest version's status (for {@code published}: disclosures with a
 *               current published version)
 */
public record DisclosureFilter(String region, String department, Integer year, VersionStatus status) {

    public static DisclosureFilter all() {
        return new DisclosureFilter(null, null, null, null);
    }
}
