package org.gongkai.app.cli;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.pipeline.RenderFormat;

/** The rendering stages of ./gongkai bench --render. */
final class RenderBench {

    private RenderBench() {
    }

    static void run(BenchCommand bench, Pipeline pipeline, Disclosure generated, int iterations) {
        bench.measure("render   HTML", iterations, () -> pipeline.render(generated, RenderFormat.HTML).length);
        bench.measure("render   PDF (目录 pages: 2 layouts)", Math.max(10, iterations / 10),
                () -> pipeline.render(generated, RenderFormat.PDF).length);
        bench.measure("render   XLSX", Math.max(10, iterations / 10), () -> pipeline.render(generated, RenderFormat.XLSX).length);
    }
}
