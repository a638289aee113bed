package org.gongkai.core.check;

import org.gongkai.core.Reference;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.testing.RandomFacts;

/** The documents the rule cases start from: the reference, and one document generated from consistent facts. */
public final class CaseDocuments {

    /** The seed of the generated document (GeneratedDocumentDamageTest shows it is clean). */
    public static final long SEED = 1L;

    private static Disclosure generated;

    private CaseDocuments() {
    }

    /** samples/shanxi-zonggai-jianguanbu-2026.txt as read. */
    public static Disclosure reference() {
        return Reference.disclosure();
    }

    /** The disclosure Gongkai derives from {@code new RandomFacts(SEED).next()}. */
    public static synchronized Disclosure generated() {
        if (generated == null) {
            generated = Pipeline.standard().build(new RandomFacts(SEED).next()).disclosure();
        }
        return generated;
    }
}
