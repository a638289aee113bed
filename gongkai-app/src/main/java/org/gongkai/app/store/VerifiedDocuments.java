package org.gongkai.app.store;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The documents of published versions whose sha256 was re-checked in this process, kept in memory
 * by version id (least recently used first out, bounded by the bytes held). A published version
 * never changes, so its check runs once per process; its documents stay the same after it is
 * superseded or withdrawn (the caller's right to read it is decided on every request, not here).
 * Drafts are never kept: they are checked on every read.
 */
@Component
public class VerifiedDocuments {

    /** A version's three documents as stored (sha256 checked), and the Disclosure JSON's UTF-8 bytes. */
    public record Texts(String disclosureJson, String factsJson, String reportJson, String contentSha256, byte[] disclosureJsonBytes) {

        public Texts(String disclosureJson, String factsJson, String reportJson, String contentSha256) {
            this(disclosureJson, factsJson, reportJson, contentSha256, disclosureJson.getBytes(StandardCharsets.UTF_8));
        }

        /** An estimate of the memory it holds (strings counted at two bytes a character). */
        long weight() {
            return 2L * (disclosureJson.length() + factsJson.length() + reportJson.length()) + disclosureJsonBytes.length;
        }
    }

    private final long maxBytes;
    private final LinkedHashMap<Long, Texts> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public VerifiedDocuments(@Value("${gongkai.cache.published-bytes:268435456}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The checked documents of a version, or null when not held. */
    public synchronized Texts get(long versionId) {
        return entries.get(versionId);
    }

    /** Keeps a published version's checked documents (nothing when one alone exceeds the bound). */
    public synchronized void put(long versionId, Texts texts) {
        long w = texts.weight();
        if (w > maxBytes) {
            return;
        }
        Texts old = entries.put(versionId, texts);
        if (old != null) {
            bytes -= old.weight();
        }
        bytes += w;
        Iterator<Map.Entry<Long, Texts>> it = entries.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<Long, Texts> e = it.next();
            if (e.getKey() == versionId) {
                continue;
            }
            bytes -= e.getValue().weight();
            it.remove();
        }
    }

    /** How many versions are held. */
    public synchronized int size() {
        return entries.size();
    }

    /** The bytes held (estimate). */
    public synchronized long bytes() {
        return bytes;
    }
}
