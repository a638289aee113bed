package org.gongkai.app.store;

/**
 * A version with its documents, sha256-checked when read.
 *
 * @param disclosureJson the Disclosure JSON (as read; for a facts upload, as built from the facts)
 * @param factsJson      the BudgetFacts JSON
 * @param reportJson     the check report JSON (the CLI's {@code check --format json})
 */
public record VersionDocument(DisclosureInfo disclosure, VersionInfo version, String disclosureJson, String factsJson,
        String reportJson) {
}
