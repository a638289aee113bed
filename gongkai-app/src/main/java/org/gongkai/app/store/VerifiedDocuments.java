package org.gongkai.app.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
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

    /**
     * A version's three documents as stored (sha256 checked), the Disclosure JSON's UTF-8 bytes, and
     * the same gzip-compressed (made when first asked for).
     */
    public static final class Texts {
        private final String disclosureJson;
        private final String factsJson;
        private final String reportJson;
        private final String contentSha256;
        private final byte[] disclosureJsonBytes;
        private volatile byte[] gzipped;

        public Texts(String disclosureJson, String factsJson, String reportJson, String contentSha256) {
            this.disclosureJson = disclosureJson;
            this.factsJson = factsJson;
            this.reportJson = reportJson;
            this.contentSha256 = contentSha256;
            this.disclosureJsonBytes = disclosureJson.getBytes(StandardCharsets.UTF_8);
        }

        public String disclosureJson() {
            return disclosureJson;
        }

        public String factsJson() {
            return factsJson;
        }

        public String reportJson() {
            return reportJson;
        }

        public String contentSha256() {
            return contentSha256;
        }

        public byte[] disclosureJsonBytes() {
            return disclosureJsonBytes;
        }

        /** The Disclosure JSON's bytes gzip-compressed. */
        public byte[] disclosureJsonGzip() {
            byte[] g = gzipped;
            if (g == null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(disclosureJsonBytes.length / 6 + 64);
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(disclosureJsonBytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                g = out.toByteArray();
                gzipped = g;
            }
            return g;
        }

        /** An estimate of the memory it holds (strings counted at two bytes a character, the gzip copy at a sixth). */
        long weight() {
            return 2L * (disclosureJson.length() + factsJson.length() + reportJson.length()) + disclosureJsonBytes.length
                    + disclosureJsonBytes.length / 6;
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

    /** Forgets every version held: the next read of each checks its sha256 again, as in a new process. */
    public synchronized void clear() {
        entries.clear();
        bytes = 0;
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
