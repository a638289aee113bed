package org.gongkai.app.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.web.util.UriUtils;

/**
 * The portal's permanent addresses: {@code /{region}/{department}/{year}/{预算|决算}/{部门|单位}} and
 * {@code /v{n}} for one version. Links are written root-relative with every segment
 * percent-encoded (UTF-8); the server also answers the raw Chinese form (the servlet container
 * decodes both to the same path).
 */
final class PortalPaths {

    private PortalPaths() {
    }

    /** The phase word of an address: budget ↔ 预算, final-account ↔ 决算, adjusted ↔ 调整预算. */
    static String phaseWord(String phase) {
        return switch (phase) {
            case "budget" -> "预算";
            case "final-account" -> "决算";
            case "adjusted" -> "调整预算";
            default -> phase;
        };
    }

    static Optional<String> phaseCode(String word) {
        return switch (word) {
            case "预算" -> Optional.of("budget");
            case "决算" -> Optional.of("final-account");
            case "调整预算" -> Optional.of("adjusted");
            default -> Optional.empty();
        };
    }

    /** The kind word: department ↔ 部门, unit ↔ 单位. */
    static String kindWord(String kind) {
        return switch (kind) {
            case "department" -> "部门";
            case "unit" -> "单位";
            default -> kind;
        };
    }

    static Optional<String> kindCode(String word) {
        return switch (word) {
            case "部门" -> Optional.of("department");
            case "单位" -> Optional.of("unit");
            default -> Optional.empty();
        };
    }

    static String region(String region) {
        return "/" + seg(region);
    }

    static String department(String region, String department) {
        return region(region) + "/" + seg(department);
    }

    static String disclosure(String region, String department, int year, String phase, String kind) {
        return department(region, department) + "/" + year + "/" + seg(phaseWord(phase)) + "/" + seg(kindWord(kind));
    }

    static String version(String region, String department, int year, String phase, String kind, int number) {
        return disclosure(region, department, year, phase, kind) + "/v" + number;
    }

    /** One path segment, percent-encoded as UTF-8. */
    static String seg(String s) {
        return UriUtils.encodePathSegment(s, StandardCharsets.UTF_8);
    }

    /** A query parameter's value, percent-encoded as UTF-8. */
    static String query(String s) {
        return UriUtils.encodeQueryParam(s, StandardCharsets.UTF_8).replace("|", "%7C");
    }
}
