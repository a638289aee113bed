package org.gongkai.app.store;

/**
 * What the public can read of a disclosure changed: a version was published (a first publication or
 * a correction that supersedes the earlier one) or the current published version was withdrawn.
 * Sent inside the transaction; listeners that read the store act after it commits.
 *
 * @param disclosureId the disclosure whose current published version changed
 */
public record PublicationChanged(long disclosureId) {
}
