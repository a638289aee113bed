package org.gongkai.app.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.gongkai.app.store.Department;
import org.gongkai.app.store.DisclosureInfo;
import org.gongkai.app.store.Region;
import org.gongkai.app.store.UploadResult;
import org.gongkai.app.store.UploadSummary;
import org.gongkai.app.store.User;
import org.gongkai.app.store.VersionInfo;

/** The JSON shapes of the API: codes and names as the API spells them (statuses in lower case). */
final class Views {

    private Views() {
    }

    /** A disclosure: for the public its current published version stands in for the latest. */
    record DisclosureView(long id, int year, String phase, String kind, String region, String regionName, String department,
            String departmentName, int latestVersion, String status, Integer publishedVersion) {

        static DisclosureView of(DisclosureInfo d) {
            return new DisclosureView(d.id(), d.fiscalYear(), d.phase(), d.kind(), d.region(), d.regionName(), d.department(),
                    d.departmentName(), d.latestVersion(), d.latestStatus().code(), d.publishedVersion());
        }

        static final List<String> CSV = List.of("id", "year", "phase", "kind", "region", "regionName", "department",
                "departmentName", "latestVersion", "status", "publishedVersion");

        List<?> row() {
            return Arrays.asList(id, year, phase, kind, region, regionName, department, departmentName, latestVersion, status,
                    publishedVersion);
        }
    }

    /** A disclosure with the version the caller reads: the public the current published one, staff the latest. */
    record DisclosureDetail(long id, int year, String phase, String kind, String region, String regionName, String department,
            String departmentName, int latestVersion, String status, Integer publishedVersion, VersionView version) {

        static DisclosureDetail of(DisclosureInfo d, VersionInfo v) {
            return new DisclosureDetail(d.id(), d.fiscalYear(), d.phase(), d.kind(), d.region(), d.regionName(), d.department(),
                    d.departmentName(), d.latestVersion(), d.latestStatus().code(), d.publishedVersion(), VersionView.of(v));
        }
    }

    /** A version's state. */
    record VersionView(int number, String status, boolean superseded, String fileName, long fileSize, String fileSha256,
            String profile, int errors, int warnings, int infos, LocalDate approvalDate, LocalDate publishedDate,
            Boolean publishedWithin20Days, String publishReason, String createdBy, Instant createdAt, Instant updatedAt) {

        static VersionView of(VersionInfo v) {
            return new VersionView(v.number(), v.status().code(), v.superseded(), v.fileName(), v.fileSize(), v.fileSha256(),
                    v.profile(), v.errors(), v.warnings(), v.infos(), v.approvalDate(), v.publishedDate(),
                    v.publishedWithin20Days(), v.publishReason(), v.createdBy(), v.createdAt(), v.updatedAt());
        }

        static final List<String> CSV = List.of("number", "status", "superseded", "fileName", "fileSize", "fileSha256", "profile",
                "errors", "warnings", "infos", "approvalDate", "publishedDate", "publishedWithin20Days", "publishReason",
                "createdBy", "createdAt", "updatedAt");

        List<?> row() {
            return Arrays.asList(number, status, superseded, fileName, fileSize, fileSha256, profile, errors, warnings, infos,
                    approvalDate, publishedDate, publishedWithin20Days, publishReason, createdBy, createdAt, updatedAt);
        }
    }

    /** The answer to an upload (201). */
    record UploadView(long id, int version, String status, boolean created, UploadSummary summary) {
        static UploadView of(UploadResult r) {
            return new UploadView(r.id(), r.version(), r.status().code(), r.created(), r.summary());
        }
    }

    record UserView(String username, String role, String department, String region, boolean enabled) {
        static UserView of(User u) {
            return new UserView(u.username(), u.role().code(), u.department(), u.region(), u.enabled());
        }

        static final List<String> CSV = List.of("username", "role", "department", "region", "enabled");

        List<?> row() {
            return Arrays.asList(username, role, department, region, enabled);
        }
    }

    record RegionView(String code, String name, String parent) {
        static RegionView of(Region r) {
            return new RegionView(r.code(), r.name(), r.parent());
        }
    }

    record DepartmentView(String code, String name, String kind, String parent, String region) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.code(), d.name(), d.kind().code(), d.parent(), d.region());
        }
    }

    // ---- requests

    record TokenRequest(String username, String password) {
    }

    record UserRequest(String username, String password, String role, String department, String region) {
    }

    record RegionRequest(String code, String name, String parent) {
    }

    record DepartmentRequest(String code, String name, String kind, String region, String parent) {
    }

    record AcknowledgementRequest(String finding, String reason) {
    }

    record ReasonRequest(String reason) {
    }
}
