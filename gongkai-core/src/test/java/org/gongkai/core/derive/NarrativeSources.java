package org.gongkai.core.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;

/** Assertions shared by the narrative tests: sentences, figures and the cells they name. */
final class NarrativeSources {

    private static final Pattern PERCENT = Pattern.compile("(\\d+\\.\\d+)%");

    private NarrativeSources() {
    }

    /** Every sentence lies in its paragraph, and every figure is printed in its sentence. */
    static void assertSentencesHoldTheirFigures(GeneratedNarrative g) {
        assertThat(g.sources()).isNotEmpty();
        for (SentenceSource s : g.sources()) {
            NarrativeSection section = g.narrative().section(s.section()).orElseThrow();
            assertThat(section.paragraphs().get(s.paragraph()).text()).as("paragraph of %s", s).contains(s.sentence());
            int from = 0;
            for (FigureSource f : s.figures()) {
                int at = s.sentence().indexOf(f.printed(), from);
                assertThat(at).as("%s printed in order in: %s", f.printed(), s.sentence()).isGreaterThanOrEqualTo(0);
                from = at + f.printed().length();
            }
        }
    }

    /**
     * Every figure that names a table cell (operands included) equals that cell of the tables: the
     * table of the figure's role, named as the figure says, the cell converted from the table's unit
     * to the figure's.
     */
    static void assertCellsResolve(GeneratedNarrative g, List<PrintedTable> tables) {
        for (SentenceSource s : g.sources()) {
            for (FigureSource f : s.figures()) {
                assertResolves(f, tables);
            }
        }
    }

    private static void assertResolves(FigureSource f, List<PrintedTable> tables) {
        if (f.isCell()) {
            PrintedTable t = tables.stream().filter(x -> x.role() == f.role()).findFirst().orElseThrow(
                    () -> new AssertionError("no table " + f.role()));
            assertThat(t.name()).isEqualTo(f.table());
            Optional<TableRow> row = t.rows().stream().filter(r -> isRow(t, r, f.row())).findFirst();
            assertThat(row).as("row %s of %s", f.row(), f.table()).isPresent();
            String cell = t.text(row.get(), f.column());
            BigDecimal v = cell.isEmpty() ? BigDecimal.ZERO : Numbers.parseAmount(cell);
            assertThat(new Amount(v, t.unit()).to(f.unit()).value()).as("%s/%s/%s", f.table(), f.row(), f.column())
                    .isEqualByComparingTo(f.value());
        }
        for (FigureSource o : f.operands()) {
            assertResolves(o, tables);
        }
    }

    /** The row a figure names: by its function code (however the table prints it), else by a cell's text. */
    private static boolean isRow(PrintedTable t, TableRow r, String row) {
        Optional<FunctionCode> code = FunctionCode.parse(row);
        if (code.isPresent() && t.hasFunctionCodes()) {
            return t.functionCode(r).equals(code);
        }
        return r.cells().contains(row);
    }

    /** All percentages printed in the narrative, in text order, as printed ("99.66"). */
    static List<String> percentages(Narrative n) {
        String all = n.sections().stream().map(NarrativeSection::text).collect(Collectors.joining("\n"));
        Matcher m = PERCENT.matcher(all);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String text(GeneratedNarrative g, String section) {
        return g.narrative().section(section).orElseThrow().text();
    }
}
