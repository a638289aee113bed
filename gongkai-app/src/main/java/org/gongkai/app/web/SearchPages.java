package org.gongkai.app.web;

import java.nio.charset.StandardCharsets;
import org.gongkai.app.search.DocumentHtml;
import org.gongkai.app.store.VersionDocument;
import org.springframework.stereotype.Component;

/** The search index reads the page the portal shows: the version's rendered HTML, from the same cache. */
@Component
class SearchPages implements DocumentHtml {

    private final RenderedFiles files;

    SearchPages(RenderedFiles files) {
        this.files = files;
    }

    @Override
    public String html(VersionDocument doc) {
        return new String(files.get(doc, RenderedFiles.Format.HTML), StandardCharsets.UTF_8);
    }
}
