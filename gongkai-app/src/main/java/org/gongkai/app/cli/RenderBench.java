package org.gongkai.app.cli;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.render.HtmlRenderer;
import org.gongkai.core.render.PdfRenderer;
import org.gongkai.core.render.XlsxRenderer;

/** The rendering stages of ./gongkai bench --render. */
final class RenderBench {

    private RenderBench() {
    }

    static void run(BenchCommand bench, Disclosure generated, int iterations) {
        HtmlRenderer html = new HtmlRenderer();
        PdfRenderer pdf = new PdfRenderer();
        bench.measure("render   HTML", iterations, () -> html.render(generated).length());
        bench.measure("render   PDF (目录 pages: 2 layouts)", Math.max(10, iterations / 10), () -> pdf.render(generated).length);
        bench.measure("render   XLSX", Math.max(10, iterations / 10), () -> XlsxRenderer.render(generated).length);
    }
}
