package org.gongkai.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One line of a performance-target form as extracted from the PDF: its tab-separated cells, each
 * trimmed ("" for an empty cell), and its 1-based line number.
 */
record PerfRow(int line, List<String> cells) {

    PerfRow {
        cells = List.copyOf(cells);
    }

    static PerfRow of(int line, String text) {
        List<String> cells = new ArrayList<>();
        for (String cell : text.split("\t", -1)) {
            cells.add(cell.strip());
        }
        return new PerfRow(line, cells);
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    boolean hasTabs() {
        return cells.size() > 1;
    }

    /** The non-empty cells, in order. */
    List<String> texts() {
        return cells.stream().filter(c -> !c.isEmpty()).toList();
    }

    /** The first non-empty cell, "" when the row is blank. */
    String first() {
        return cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
    }

    /** Indexes of the cells whose label form ({@link PerfLabels#normalize}) is one of {@code labels}. */
    List<Integer> indexesOf(List<String> labels) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (labels.contains(PerfLabels.normalize(cells.get(i)))) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * The value printed for the label at {@code index}: the next non-empty cell, unless that cell
     * is itself a label (then the value is not printed).
     */
    Optional<String> valueAfter(int index, Predicate<String> isLabel) {
        for (int i = index + 1; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (!cell.isEmpty()) {
                return isLabel.test(cell) ? Optional.empty() : Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /** The non-empty cells after {@code index}, in order. */
    List<String> textsAfter(int index) {
        return cells.subList(index + 1, cells.size()).stream().filter(c -> !c.isEmpty()).toList();
    }
}
