package org.gongkai.core.derive;

import java.util.ArrayList;
import java.util.List;

/** A sentence of the narrative being written: its words and, in order, the figures printed in it. */
final class Sentence {

    private final StringBuilder text = new StringBuilder();
    private final List<FigureSource> figures = new ArrayList<>();

    Sentence add(String words) {
        text.append(words);
        return this;
    }

    Sentence add(FigureSource figure) {
        text.append(figure.printed());
        figures.add(figure);
        return this;
    }

    Sentence end() {
        text.append('。');
        return this;
    }

    String text() {
        return text.toString();
    }

    List<FigureSource> figures() {
        return figures;
    }
}
