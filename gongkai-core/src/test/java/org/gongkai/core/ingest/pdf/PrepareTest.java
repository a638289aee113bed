package org.gongkai.core.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.gongkai.core.render.PdfRenderer;
import org.junit.jupiter.api.Test;

/** The warm-ups a caller may run ahead of the first file: they complete, and change no result. */
class PrepareTest {

    @Test
    void theReaderPreparesOnAPdfOfItsOwnAndStillRefusesANonPdf() {
        assertThatCode(PdfTextReader::prepare).doesNotThrowAnyException();
        assertThat(PdfTextReader.isPdf("%PDF-1.7".getBytes())).isTrue();
        assertThat(PdfTextReader.isPdf("not a pdf".getBytes())).isFalse();
    }

    @Test
    void theRendererPreparesItsFontsAndStillFindsGlyphsMissing() {
        assertThatCode(PdfRenderer::prepare).doesNotThrowAnyException();
        // a CJK character the embedded Noto Sans SC draws, and a private-use one it cannot
        assertThat(PdfRenderer.missingGlyphs("预算\uE000")).containsExactly("\uE000");
    }
}
