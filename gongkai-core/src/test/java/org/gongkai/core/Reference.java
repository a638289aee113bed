package org.gongkai.core;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.core.ingest.TextDisclosureReader;
import org.gongkai.core.model.Disclosure;

/** The reference disclosure shipped in samples/ (a copy of ../shared/reference). */
public final class Reference {

    private static Disclosure cached;

    private Reference() {
    }

    public static Path repoRoot() {
        String prop = System.getProperty("gongkai.repoRoot");
        Path root = prop != null ? Path.of(prop) : Path.of("..");
        if (!Files.exists(root.resolve("samples"))) {
            root = Path.of(".");
        }
        return root;
    }

    public static Path file() {
        return repoRoot().resolve("samples/shanxi-zonggai-jianguanbu-2026.txt");
    }

    public static synchronized Disclosure disclosure() {
        if (cached == null) {
            cached = new TextDisclosureReader().read(file());
        }
        return cached;
    }
}
