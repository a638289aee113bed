package org.gongkai.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bound of the checked-documents cache: by the bytes held, the least recently used out first. */
class VerifiedDocumentsTest {

    private static VerifiedDocuments.Texts texts(int chars) {
        return new VerifiedDocuments.Texts("x".repeat(chars), "", "", "sha");
    }

    @Test
    void theLeastRecentlyUsedGoesWhenTheBoundIsPassed() {
        // each entry: 2 bytes a character + 1 byte a character (its UTF-8) + a sixth of that = 3,000 + 166
        VerifiedDocuments cache = new VerifiedDocuments(7_000);
        cache.put(1, texts(1000));
        cache.put(2, texts(1000));
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(1)).isNotNull(); // 1 used last: 2 goes first
        cache.put(3, texts(1000));
        assertThat(cache.get(2)).isNull();
        assertThat(cache.get(1)).isNotNull();
        assertThat(cache.get(3)).isNotNull();
        assertThat(cache.bytes()).isLessThanOrEqualTo(7_000);
    }

    @Test
    void oneEntryLargerThanTheBoundIsNotKept() {
        VerifiedDocuments cache = new VerifiedDocuments(1_000);
        cache.put(1, texts(1000));
        assertThat(cache.size()).isZero();
        assertThat(cache.get(1)).isNull();
    }

    @Test
    void theGzipFormIsMadeOnceAndUncompressesToTheJson() throws Exception {
        VerifiedDocuments.Texts t = new VerifiedDocuments.Texts("{\"公开\":1}", "", "", "sha");
        assertThat(t.disclosureJsonGzip()).isSameAs(t.disclosureJsonGzip());
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(t.disclosureJsonGzip()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"公开\":1}");
        }
    }
}
