package org.gongkai.core.check.performance;

import org.gongkai.core.check.engine.CheckContext;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.ReadingNote;

/**
 * What the form reader noted about one form ({@link PerformanceTarget#missing()}): values it did
 * not find, labels it had to take from the other column or found out of place. Rules ask it before
 * blaming the department for something the text may have lost.
 */
public final class PerformanceNotes {

    /** "annualIndicators[应急物资质量合格率].value" → column field, indicator name, aspect. */
    private static final Pattern INDICATOR_FIELD = Pattern.compile("(periodIndicators|annualIndicators)\\[(.*)]\\.(\\w+)");

    /** A note about one indicator, its field parsed once. */
    private record IndicatorNote(String columnField, String name, String aspect) {
    }

    private final List<ReadingNote> notes;
    private final List<IndicatorNote> indicatorNotes;
    private final boolean layoutDoubtful;

    /** The notes of a form, read once per checked document. */
    static PerformanceNotes of(CheckContext context, PerformanceTarget form) {
        java.util.Map<PerformanceTarget, PerformanceNotes> all =
                context.memo("performance.notes", c -> new java.util.IdentityHashMap<>());
        return all.computeIfAbsent(form, PerformanceNotes::new);
    }

    PerformanceNotes(PerformanceTarget form) {
        this.notes = form.missing() == null ? List.of() : form.missing();
        this.indicatorNotes = notes.stream().filter(n -> n.field() != null).map(n -> INDICATOR_FIELD.matcher(n.field()))
                .filter(Matcher::matches).map(m -> new IndicatorNote(m.group(1), m.group(2), m.group(3))).toList();
        this.layoutDoubtful = notes.stream().anyMatch(n -> n.field() != null
                && (n.field().endsWith("].level1") || n.field().equals("periodIndicators.level2")
                        || n.field().equals("annualIndicators.level2")));
    }

    /** The note about exactly this field (e.g. "annualFunds.total"), if any. */
    Optional<ReadingNote> about(String field) {
        return notes.stream().filter(n -> field.equals(n.field())).findFirst();
    }

    boolean has(String field) {
        return about(field).isPresent();
    }

    /**
     * Whether the indicator labels of the form are out of place: a 二级 label found under another
     * 一级, or a 二级 label left over. Then which group an indicator is in is not known for sure.
     */
    boolean layoutDoubtful() {
        return layoutDoubtful;
    }

    /**
     * Whether the reader had to guess the group of this indicator (its 二级 taken from the other
     * column, or its 一级 out of place), or the whole form's labels are out of place.
     */
    boolean groupUncertain(PerformanceColumn column, String name) {
        return layoutDoubtful() || indicatorNote(column, name, "level1") || indicatorNote(column, name, "level2");
    }

    /** The reader's note about this indicator's value (for an indicator without value: that the text has none). */
    Optional<ReadingNote> valueNote(PerformanceColumn column, String name) {
        return notes.stream().filter(n -> matches(n, column, name, "value")).findFirst();
    }

    private boolean indicatorNote(PerformanceColumn column, String name, String aspect) {
        if (name == null) {
            return false;
        }
        for (IndicatorNote n : indicatorNotes) {
            if (n.columnField().equals(column.indicatorField()) && n.aspect().equals(aspect)
                    && (n.name().startsWith(name) || name.startsWith(n.name()))) {
                return true;
            }
        }
        return false;
    }

    /** Same column and aspect, and the noted name is this name or a truncation of it (or the other way round). */
    private static boolean matches(ReadingNote n, PerformanceColumn column, String name, String aspect) {
        if (n.field() == null || name == null) {
            return false;
        }
        Matcher m = INDICATOR_FIELD.matcher(n.field());
        if (!m.matches() || !m.group(1).equals(column.indicatorField()) || !m.group(3).equals(aspect)) {
            return false;
        }
        String noted = m.group(2);
        return noted.startsWith(name) || name.startsWith(noted);
    }
}
