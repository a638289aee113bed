package org.gongkai.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.TextBlock;

/**
 * What is left before a document Gongkai writes may be published (草稿 until nothing is): the
 * placeholders 【待填写…】 still in its text, where each is, and the error-level findings of its check.
 *
 * @param placeholders each placeholder left, in document order
 * @param errors       the findings of severity error, in report order
 */
public record Unfinished(List<Placeholder> placeholders, List<Finding> errors) {

    /** The mark a draft carries on every page, sheet and screen. */
    public static final String DRAFT_MARK = "草稿";

    private static final Pattern PLACEHOLDER = Pattern.compile("【待填写[^】]*】");

    /**
     * One placeholder left.
     *
     * @param text  as printed, e.g. "【待填写：机关运行经费增减变化原因】"
     * @param where in Chinese, e.g. "情况说明“七、机关运行经费预算情况说明”"
     */
    public record Placeholder(String text, String where) {
    }

    public Unfinished {
        placeholders = List.copyOf(placeholders);
        errors = List.copyOf(errors);
    }

    /** What is left of {@code d}, checked as {@code report}. */
    public static Unfinished of(Disclosure d, CheckReport report) {
        List<Placeholder> found = new ArrayList<>();
        if (d.overview() != null) {
            scan(d.overview().duties(), "概况“本部门职责”", found);
            scan(d.overview().organization(), "概况“机构设置情况”", found);
        }
        if (d.narrative() != null) {
            for (NarrativeSection s : d.narrative().sections()) {
                scan(s.paragraphs(), "情况说明“" + s.number() + "、" + s.heading() + "”", found);
            }
        }
        for (GlossaryEntry g : d.glossary()) {
            scan(g.definition(), "名词解释“" + g.term() + "”", found);
        }
        List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        return new Unfinished(found, errors);
    }

    private static void scan(List<TextBlock> blocks, String where, List<Placeholder> out) {
        if (blocks != null) {
            for (TextBlock b : blocks) {
                scan(b.text(), where, out);
            }
        }
    }

    private static void scan(String text, String where, List<Placeholder> out) {
        if (text == null) {
            return;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(new Placeholder(m.group(), where));
        }
    }

    /** Whether nothing is left: the document is final and carries no mark. */
    public boolean isEmpty() {
        return placeholders.isEmpty() && errors.isEmpty();
    }

    /**
     * One line for the terminal: "草稿：3处【待填写】（情况说明“七、…”：【待填写：…】；…），17项错误（表五 4项；…）";
     * empty when nothing is left.
     */
    public String summary() {
        if (isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (!placeholders.isEmpty()) {
            Map<String, List<String>> byPlace = new LinkedHashMap<>();
            for (Placeholder p : placeholders) {
                byPlace.computeIfAbsent(p.where(), k -> new ArrayList<>()).add(p.text());
            }
            List<String> places = new ArrayList<>();
            byPlace.forEach((where, texts) -> places.add(where + "：" + String.join("、", texts)));
            parts.add(placeholders.size() + "处【待填写】（" + String.join("；", places) + "）");
        }
        if (!errors.isEmpty()) {
            Map<String, Integer> byPlace = new LinkedHashMap<>();
            for (Finding f : errors) {
                byPlace.merge(place(f.location()), 1, Integer::sum);
            }
            List<String> places = new ArrayList<>();
            byPlace.forEach((where, n) -> places.add(where + " " + n + "项"));
            parts.add(errors.size() + "项错误（" + String.join("；", places) + "）");
        }
        return DRAFT_MARK + "：" + String.join("，", parts);
    }

    /** Every error with where it is, one per line, for a reader who wants them all. */
    public List<String> errorLines() {
        return errors.stream().map(f -> f.location().describe() + "：" + f.message()).toList();
    }

    private static String place(Location l) {
        if (l == null) {
            return "全文";
        }
        if (l.table() != null) {
            return l.table();
        }
        if (l.project() != null) {
            return "绩效目标表";
        }
        return l.section() == null ? "全文" : l.section();
    }
}
