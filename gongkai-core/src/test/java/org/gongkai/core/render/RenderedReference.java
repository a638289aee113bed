package org.gongkai.core.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.core.Reference;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.pipeline.Pipeline;
import org.w3c.dom.Document;

/**
 * The reference as Gongkai publishes it — facts inferred from the printed document, then the whole
 * disclosure built from them (derived tables, generated narrative) — rendered once per test run
 * (the PDF takes a second or two).
 */
final class RenderedReference {

    private static String html;
    private static Document dom;
    private static PdfRenderer.Result pdf;
    private static List<String> pages;

    private RenderedReference() {
    }

    private static Disclosure published;

    static synchronized Disclosure disclosure() {
        if (published == null) {
            BudgetFacts facts = Pipeline.standard().infer(Reference.disclosure());
            published = Pipeline.standard().build(facts).disclosure();
        }
        return published;
    }

    static synchronized String html() {
        if (html == null) {
            html = new HtmlRenderer().render(disclosure());
        }
        return html;
    }

    /** The HTML parsed as XML (it is XHTML). */
    static synchronized Document dom() {
        if (dom == null) {
            dom = parse(html());
        }
        return dom;
    }

    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("not well-formed XHTML", e);
        }
    }

    static synchronized PdfRenderer.Result pdf() {
        if (pdf == null) {
            pdf = new PdfRenderer().renderWithPages(disclosure());
        }
        return pdf;
    }

    static PDDocument load() {
        try {
            return Loader.loadPDF(pdf().pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page (index 0 is page 1 of the file). */
    static synchronized List<String> pageTexts() {
        if (pages == null) {
            List<String> texts = new ArrayList<>();
            try (PDDocument doc = load()) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    texts.add(stripper.getText(doc));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pages = List.copyOf(texts);
        }
        return pages;
    }
}
