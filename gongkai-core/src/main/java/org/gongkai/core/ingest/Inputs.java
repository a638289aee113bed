package org.gongkai.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.derive.FactsInferrer;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Disclosure;

/**
 * Opens any input Gongkai reads — the published text, a Disclosure JSON, a BudgetFacts JSON — and
 * gives both layers where they can be had.
 */
public final class Inputs {

    /**
     * What was read: the disclosure as printed (null for a facts file) and the facts, inferred
     * from the disclosure on first use.
     */
    public static final class Loaded {
        private final Disclosure disclosure;
        private BudgetFacts facts;

        Loaded(Disclosure disclosure, BudgetFacts facts) {
            this.disclosure = disclosure;
            this.facts = facts;
        }

        public Disclosure disclosure() {
            return disclosure;
        }

        public BudgetFacts facts() {
            if (facts == null) {
                facts = infer(disclosure);
            }
            return facts;
        }
    }

    private Inputs() {
    }

    public static Loaded load(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes = readBounded(file);
        if (looksLikeJson(bytes)) {
            JsonInput.Content c = JsonInput.read(name, bytes);
            if (c.disclosure() != null) {
                return new Loaded(c.disclosure(), null);
            }
            return new Loaded(null, c.facts());
        }
        Disclosure d = new TextDisclosureReader().read(name, bytes);
        return new Loaded(d, null);
    }

    public static BudgetFacts infer(Disclosure d) {
        return new FactsInferrer(Catalogue.forYear(d.metadata().fiscalYear())).infer(d);
    }

    /**
     * The bytes of a file, refusing a missing file, anything that is not a regular file, and a file
     * larger than {@link TextDisclosureReader#MAX_BYTES} before reading it.
     *
     * @throws IngestException saying what is wrong, in Chinese
     */
    public static byte[] readBounded(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new IngestException(name, "文件不存在：" + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new IngestException(name, "不是普通文件：" + file);
        }
        try {
            if (Files.size(file) > TextDisclosureReader.MAX_BYTES) {
                throw new IngestException(name, "文件过大（" + Files.size(file) + " 字节），上限为 "
                        + TextDisclosureReader.MAX_BYTES + " 字节");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) TextDisclosureReader.MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new IngestException(name, "无法读取文件：" + e.getMessage());
        }
    }

    /** Whether the bytes hold a JSON object (after an optional BOM and whitespace) rather than text. */
    public static boolean looksLikeJson(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }
}
