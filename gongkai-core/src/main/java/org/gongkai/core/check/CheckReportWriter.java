package org.gongkai.core.check;

import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Severity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.json.Json;

/** A check report as text (terminal), JSON (machines) or HTML (a clerk's reading). */
public final class CheckReportWriter {

    private CheckReportWriter() {
    }

    /** Plain text: one block per finding, most severe first, then the summary. */
    public static String text(CheckReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("核对：").append(nz(r.document().department())).append(' ').append(r.document().fiscalYear()).append("年")
                .append("（").append(nz(r.document().source())).append("）\n");
        for (Finding f : r.findings()) {
            sb.append('[').append(f.severity().label()).append("] ").append(f.rule()).append("  ")
                    .append(f.location().describe()).append('\n');
            sb.append("    ").append(f.message()).append('\n');
        }
        sb.append(summaryLine(r)).append('\n');
        return sb.toString();
    }

    public static String summaryLine(CheckReport r) {
        return "错误 " + r.count(Severity.ERROR) + " 项，警告 " + r.count(Severity.WARNING) + " 项，提示 " + r.count(Severity.INFO) + " 项";
    }

    /** JSON: {"document": {...}, "summary": {...}, "findings": [...]} (docs/check-report.md). */
    public static String json(CheckReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("document", r.document());
        root.put("summary", r.summary());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("severity", f.severity().code());
            m.put("message", f.message());
            m.put("location", location(f.location()));
            m.put("evidence", f.evidence());
            findings.add(m);
        }
        root.put("findings", findings);
        return Json.mapper().writeValueAsString(root);
    }

    private static Map<String, Object> location(Location l) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "section", l.section());
        put(m, "table", l.table());
        put(m, "row", l.row());
        put(m, "column", l.column());
        put(m, "project", l.project());
        put(m, "indicator", l.indicator());
        put(m, "text", l.text());
        if (l.line() > 0) {
            m.put("line", l.line());
        }
        SourceRef src = l.source();
        if (src.page() != null) {
            m.put("page", src.page());
            if (src.box() != null) {
                SourceRef.Box b = src.box();
                m.put("box", List.of(round(b.x()), round(b.y()), round(b.x() + b.width()), round(b.y() + b.height())));
            }
        }
        m.put("description", l.describe());
        return m;
    }

    /** A coordinate in points to two decimals, as JSON prints it. */
    private static BigDecimal round(float v) {
        return new BigDecimal(Float.toString(v)).setScale(2, RoundingMode.HALF_UP);
    }

    private static void put(Map<String, Object> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    /** HTML for a clerk: grouped by section, most severe first, self-contained. */
    public static String html(CheckReport r) {
        Map<String, List<Finding>> bySection = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            for (Finding f : r.findings()) {
                if (f.severity() == s) {
                    bySection.computeIfAbsent(group(f.location()), k -> new ArrayList<>()).add(f);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>核对报告 ").append(esc(nz(r.document().department()))).append("</title>\n<style>\n")
                .append("body{font-family:\"Noto Sans SC\",\"Microsoft YaHei\",sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.6;color:#222}\n")
                .append("h1{font-size:1.4em}h2{font-size:1.15em;border-bottom:1px solid #999;margin-top:1.5em}\n")
                .append(".summary span{display:inline-block;margin-right:1.2em;font-weight:bold}\n")
                .append(".finding{border-left:6px solid #999;padding:.3em .8em;margin:.6em 0;background:#f7f7f7}\n")
                .append(".error{border-color:#b00020}.warning{border-color:#c77700}.info{border-color:#5a7fa8}\n")
                .append(".page{display:inline-block;margin-left:.5em;padding:0 .4em;border-radius:.6em;background:#e4e9f0;color:#234;font-size:.85em}\n")
                .append(".sev{font-weight:bold}.where{color:#444;font-size:.92em}.rule{font-family:monospace;color:#555;font-size:.85em}\n")
                .append("table.evidence{border-collapse:collapse;font-size:.9em;margin-top:.3em}table.evidence td,table.evidence th{border:1px solid #ccc;padding:.1em .5em;text-align:left}\n")
                .append("</style>\n</head>\n<body>\n");
        sb.append("<h1>预算公开核对报告</h1>\n<p>").append(esc(nz(r.document().department()))).append(' ')
                .append(r.document().fiscalYear()).append("年 · ").append(esc(nz(r.document().title()))).append(" · ")
                .append(esc(nz(r.document().source()))).append("</p>\n");
        sb.append("<p class=\"summary\"><span>错误 ").append(r.count(Severity.ERROR)).append("</span><span>警告 ")
                .append(r.count(Severity.WARNING)).append("</span><span>提示 ").append(r.count(Severity.INFO)).append("</span></p>\n");
        if (r.findings().isEmpty()) {
            sb.append("<p>未发现问题。</p>\n");
        }
        for (Map.Entry<String, List<Finding>> e : bySection.entrySet()) {
            sb.append("<section>\n<h2>").append(esc(e.getKey())).append("（").append(e.getValue().size()).append("）</h2>\n");
            for (Finding f : e.getValue()) {
                sb.append("<div class=\"finding ").append(f.severity().code()).append("\">\n<div><span class=\"sev\">")
                        .append(f.severity().label()).append("</span> ").append(esc(f.message())).append("</div>\n")
                        .append("<div class=\"where\">位置：").append(esc(f.location().describe()));
                if (f.location().source().page() != null) {
                    sb.append("<span class=\"page\">第").append(f.location().source().page()).append("页</span>");
                }
                sb.append("</div>\n");
                if (f.location().text() != null) {
                    sb.append("<blockquote>").append(esc(f.location().text())).append("</blockquote>\n");
                }
                if (!f.evidence().isEmpty()) {
                    sb.append("<table class=\"evidence\"><caption class=\"rule\">依据</caption>\n");
                    f.evidence().forEach((k, v) -> sb.append("<tr><th scope=\"row\">").append(esc(evidenceLabel(k))).append("</th><td>")
                            .append(esc(v)).append("</td></tr>\n"));
                    sb.append("</table>\n");
                }
                sb.append("<div class=\"rule\">规则 ").append(esc(f.rule())).append("</div>\n</div>\n");
            }
            sb.append("</section>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    /** Evidence keys are stable English names (JSON); the clerk reads them in Chinese. */
    /** The Chinese label of an evidence key; a key no rule reports (from a stored report) as it is. */
    static String evidenceLabel(String key) {
        return Evidence.byKey(key).map(Evidence::label).orElse(key);
    }

    private static String group(Location l) {
        if (l.table() != null) {
            return "第二部分 报表（" + l.table() + "）";
        }
        if (l.project() != null) {
            return "绩效目标表";
        }
        return l.section() == null ? "整体" : l.section();
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The rule catalogue as Markdown, without examples (what `./gongkai rules --markdown` prints). */
    public static String rulesMarkdown(List<Rule> rules) {
        return rulesMarkdown(rules, Map.of(), null);
    }

    /**
     * The rule catalogue as Markdown (docs/rules.md), generated from the code: one table per family,
     * with a column 例 holding {@code examples.get(id)}, a message the rule reports (docs/rules.md takes
     * each from the first case the tests give the rule), when any example is given.
     */
    public static String rulesMarkdown(List<Rule> rules, Map<String, String> examples, Profile profile) {
        Function<TableRole, String> tableNames = names(profile);
        boolean withExamples = examples != null && !examples.isEmpty();
        StringBuilder sb = new StringBuilder();
        sb.append("# 核对规则 / Check rules\n\n")
                .append("Generated from the code by `./mvnw -B -o -pl gongkai-core test -Dtest=RulesDocTest -Dgongkai.docs.write=true`")
                .append(" — do not edit by hand. A test fails when this file and the code disagree. ")
                .append("Each example (例) is the first message the rule reports on the first document the tests give it to flag ")
                .append("(gongkai-core/src/test/java/org/gongkai/core/check/RuleCases.java); ")
                .append("`./gongkai rules --markdown` prints the same tables without the examples.")
                .append(profile == null ? " Tables are named by what they are (收入总表, …), as no profile numbers them.\n\n"
                        : " Tables are named as the profile `" + profile.id() + "` prints them; `./gongkai rules --profile ID` names them as another does.\n\n");
        for (Category c : Category.values()) {
            List<Rule> of = rules.stream().filter(r -> r.info().category() == c).toList();
            if (of.isEmpty()) {
                continue;
            }
            sb.append("## ").append(c.label()).append(" (").append(c.name().toLowerCase()).append(")\n\n")
                    .append(withExamples ? "| id | severity | checks | 例 |\n|---|---|---|---|\n" : "| id | severity | checks |\n|---|---|---|\n");
            for (Rule r : of) {
                sb.append("| `").append(r.info().id()).append("` | ").append(r.info().severity().code()).append(" | ")
                        .append(cell(r.info().description(tableNames))).append(aliasNote(r, "`")).append(" |");
                if (withExamples) {
                    String example = examples.get(r.info().id());
                    sb.append(' ').append(example == null ? "" : cell(example)).append(" |");
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Text as one Markdown table cell: "|" escaped, line breaks as spaces. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** "（alias: cross.t5-t2）" after a rule renamed, empty for the others. */
    private static String aliasNote(Rule r, String quote) {
        if (r.info().aliases().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("（alias: ");
        for (int i = 0; i < r.info().aliases().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(quote).append(r.info().aliases().get(i)).append(quote);
        }
        return sb.append("）").toString();
    }

    /** The rule catalogue as plain text for the terminal: one rule a line, its id the first word. */
    public static String rulesText(List<Rule> rules) {
        return rulesText(rules, null);
    }

    /** One rule a line, its id first; tables named as {@code profile} prints them (null: by what they are). */
    public static String rulesText(List<Rule> rules, Profile profile) {
        Function<TableRole, String> tableNames = names(profile);
        StringBuilder sb = new StringBuilder();
        for (Rule r : rules) {
            sb.append(String.format("%-34s %-8s %-10s %s%s%n", r.info().id(), r.info().severity().code(),
                    r.info().category().label(), r.info().description(tableNames), aliasNote(r, "")));
        }
        sb.append(rules.size()).append(" 条规则\n");
        return sb.toString();
    }

    private static Function<TableRole, String> names(Profile profile) {
        return role -> profile == null ? null : profile.tableName(role);
    }
}
