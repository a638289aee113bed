package org.gongkai.app.cli;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.render.XlsxRenderer;

/** The rendering stages of ./gongkai bench --render. */
final class RenderBench {

    private RenderBench() {
    }

    static void run(BenchCommand bench, Disclosure generated, int iterations) {
        bench.measure("render   XLSX", Math.max(10, iterations / 10), () -> XlsxRenderer.render(generated).length);
    }
}
