package org.gongkai.core.ingest;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.model.PerformanceTarget;

/**
 * Reads the 项目支出绩效目标表 of a disclosure from its text (as extracted from the PDF, cells
 * separated by tabs). Each form starts with a title line ending in "项目支出绩效目标表" and ends
 * with its "负责人: 经办人: 联系电话: 填报日期:" row.
 *
 * <p>What the text does not hold stays null, with a {@link org.gongkai.core.model.ReadingNote} in
 * {@link PerformanceTarget#missing()}; what had to be interpreted (a label taken from the other
 * column, a name wrapped over two rows, a misprinted label) is noted there as well.
 */
public final class PerformanceTargetParser {

    /**
     * Parses the forms found in {@code [from, to)}.
     *
     * @param lines all lines of the file (index i is line i + 1)
     * @param from  first index to look at
     * @param to    index after the last one to look at
     * @return the forms in printed order; blank lines and page-break noise between them are skipped
     */
    public List<PerformanceTarget> parse(List<String> lines, int from, int to) {
        List<PerformanceTarget> forms = new ArrayList<>();
        PerfFormReader form = null;
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            String text = lines.get(i);
            if (PerfLabels.isTitle(text)) {
                if (form != null) {
                    forms.add(form.build());
                }
                form = new PerfFormReader(i + 1, text.strip());
            } else if (form != null && !form.isFinished()) {
                form.read(PerfRow.of(i + 1, text));
            }
        }
        if (form != null) {
            forms.add(form.build());
        }
        return forms;
    }
}
