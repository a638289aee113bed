package org.gongkai.app.store;

/**
 * A disclosure as the caller may see it: its identity, and its latest version (the one the
 * workflow acts on) and current published version.
 *
 * @param latestVersion    the latest version's number; for the public the published version
 * @param latestStatus     the latest version's status; for the public {@link VersionStatus#PUBLISHED}
 * @param publishedVersion the current published version's number (not superseded), null when none
 */
public record DisclosureInfo(long id, String region, String regionName, String department, String departmentName,
        int fiscalYear, String phase, String kind, int latestVersion, VersionStatus latestStatus,
        Integer publishedVersion) {
}
