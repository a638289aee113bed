package org.gongkai.app.search;

import org.gongkai.app.store.VersionDocument;

/**
 * The page a published version is read on: the core HTML renderer's document, as the portal shows
 * it (the web layer provides it from its cache of rendered files). The index reads the sections and
 * their anchors from it, so every result points at a place the page has.
 */
public interface DocumentHtml {

    /** The version's rendered HTML document. */
    String html(VersionDocument doc);
}
