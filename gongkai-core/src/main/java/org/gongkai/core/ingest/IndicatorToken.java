package org.gongkai.core.ingest;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.ingest.IndicatorVocabulary.Kind;

/** A non-empty cell of an indicator row with what it is. */
record IndicatorToken(Kind kind, String text) {

    boolean is(Kind k) {
        return kind == k;
    }

    /** The classified non-empty cells of a row, in order. */
    static List<IndicatorToken> of(PerfRow row) {
        List<String> texts = row.texts();
        List<IndicatorToken> tokens = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Kind kind = IndicatorVocabulary.classify(text);
            if (kind == Kind.LEVEL2 && IndicatorVocabulary.isLevel1Cost(text, nextLabel(texts, i))) {
                kind = Kind.LEVEL1;
            }
            tokens.add(new IndicatorToken(kind, text));
        }
        return tokens;
    }

    private static String nextLabel(List<String> texts, int index) {
        for (int i = index + 1; i < texts.size(); i++) {
            if (IndicatorVocabulary.classify(texts.get(i)) == Kind.LEVEL2) {
                return texts.get(i);
            }
        }
        return null;
    }
}
