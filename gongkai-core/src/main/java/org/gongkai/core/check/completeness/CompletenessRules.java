package org.gongkai.core.check.completeness;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.check.view.TableText;

import org.gongkai.core.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.model.TocEntry;
import java.util.EnumSet;
import java.util.Set;
import org.gongkai.core.profile.DocumentLayout;
import org.gongkai.core.profile.NarrativeSectionSpec;
import org.gongkai.core.profile.NarrativeTopic;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.TableSpec;

/**
 * Rules of the family 完整性与目录 (domain.md §1): the profile's tables all present and in order, the
 * 目录 agreeing with the document, and the content 财预〔2016〕143号 requires (职责, 机构设置, the
 * 情况说明 of 收支, 三公, 机关运行经费, 政府采购, and 名词解释), found by keywords.
 */
public final class CompletenessRules {

    private static final Pattern PART = Pattern.compile("^第([一二三四五六七八九十]+)部分\\s*(.*)$");
    private static final Pattern TABLE = Pattern.compile("^表([一二三四五六七八九十]+|\\d+)(.*)$");
    private static final Pattern NUMBERED_TABLE = Pattern.compile("^(\\d{1,2})[.．、](.*)$");
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]+)、\\s*(.+)$");
    private static final Pattern LABEL_NUMBER = Pattern.compile("(\\d+)\\s*$");
    private static final String TOC = "目录";

    static final Rule TABLES = Rule.of("complete.tables", Category.COMPLETENESS, Severity.ERROR,
            "模板规定的各表齐全（无数据的表也应列出），按模板顺序排列，表题与模板一致，表号与顺序相符",
            CompletenessRules::tables);

    static final Rule CONTENTS = Rule.of("complete.toc", Category.COMPLETENESS, Severity.ERROR,
            "目录与正文一致：第一至第四部分、模板的每张表（表题相同）、情况说明各节及其分项都在目录和正文中，页码不倒退",
            CompletenessRules::contents);

    static final Rule CONTENT = Rule.of("complete.content", Category.COMPLETENESS, Severity.ERROR,
            "财预〔2016〕143号要求的内容齐全：部门职责、机构设置，收支总体、收入、支出、“三公”经费、机关运行经费、"
                    + "政府采购（分货物、工程、服务）的情况说明，名词解释；国有资产占有使用和绩效目标情况缺少时为警告",
            CompletenessRules::content);

    static final Rule YEAR = Rule.of("complete.year", Category.COMPLETENESS, Severity.ERROR,
            "各处印出的预算年度一致：封面标题、目录、表题、第三部分标题和情况说明中以“N年度＋部门名称”开头的段落，"
                    + "年度都与文件的预算年度（多数处所印的年度）相同",
            CompletenessRules::year);

    private CompletenessRules() {
    }

    public static List<Rule> all() {
        return List.of(TABLES, CONTENTS, CONTENT, YEAR);
    }

    // ---- complete.year --------------------------------------------------------------------------

    private static final Pattern PRINTED_YEAR = Pattern.compile("(?<!\\d)(\\d{4})\\s*年");

    /** A place that prints the budget year: what it is ("表三的表题"), its text, its year, where. */
    private record YearSlot(String what, String text, int year, Location where) {
    }

    /** A paragraph that starts with a year ("2026年…部门…"). */
    private static final Pattern YEAR_LEAD = Pattern.compile("^(\\d{4})年度?(.*)$");

    private static void year(CheckContext c, Findings out) {
        Disclosure d = c.disclosure();
        List<YearSlot> slots = new ArrayList<>();
        addSlot(slots, "封面标题", d.metadata().title(), Location.ofDocument("封面", SourceRef.NONE));
        for (TocEntry e : d.tableOfContents()) {
            addSlot(slots, "目录条目", e.title(), Location.ofDocument(TOC, e.source()));
        }
        for (PrintedTable t : d.tables()) {
            addSlot(slots, t.name() + "的表题", t.title(), Location.ofTable(t.name(), null, null, t.source()));
        }
        if (d.narrative() != null) {
            String heading = d.narrative().heading();
            addSlot(slots, "第三部分标题", heading, Location.ofDocument("第三部分", SourceRef.NONE));
            String department = d.metadata().department() == null ? null : TableText.squeeze(d.metadata().department());
            for (NarrativeSection s : d.narrative().sections()) {
                for (TextBlock p : s.paragraphs()) {
                    Matcher m = YEAR_LEAD.matcher(p.text());
                    if (department != null && !department.isEmpty() && m.matches()
                            && TableText.squeeze(m.group(2)).startsWith(department)) {
                        String text = p.text().length() > 40 ? p.text().substring(0, 40) + "…" : p.text();
                        addSlot(slots, "情况说明段落", text, Location.ofNarrative(s.heading(), text, SourceRef.line(p.line())));
                    }
                }
            }
        }
        if (slots.isEmpty()) {
            return;
        }
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (YearSlot s : slots) {
            counts.merge(s.year(), 1, Integer::sum);
        }
        int fiscal = c.fiscalYear();
        int year = fiscal;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > counts.getOrDefault(year, 0)) {
                year = e.getKey();
            }
        }
        int agreeing = counts.getOrDefault(year, 0);
        for (YearSlot s : slots) {
            if (s.year() != year) {
                out.report(s.what() + "“" + s.text() + "”印的是" + s.year() + "年，而文件的预算年度为" + year + "年（"
                                + agreeing + "处所印）；年度不一致", s.where(),
                        Findings.evidence(Evidence.YEAR, Integer.toString(s.year()), Evidence.FISCAL_YEAR, Integer.toString(year)));
            }
        }
    }

    /** The first year printed in {@code text} ("2026年度部门预算公开" → 2026), as a slot; nothing when it prints none. */
    private static void addSlot(List<YearSlot> slots, String what, String text, Location where) {
        if (text == null) {
            return;
        }
        Matcher m = PRINTED_YEAR.matcher(text);
        if (m.find()) {
            slots.add(new YearSlot(what, text.strip(), Integer.parseInt(m.group(1)), where));
        }
    }

    // ---- complete.tables ----------------------------------------------------------------------

    private static void tables(CheckContext c, Findings out) {
        Profile profile = c.profile();
        Disclosure d = c.disclosure();
        int year = c.fiscalYear();
        for (TableSpec spec : profile.tables()) {
            if (d.table(spec.id()).isEmpty()) {
                out.report("缺少" + spec.tocName() + "“" + spec.title(year) + "”；没有数据的表也应列出并注明“本表无数据”",
                        Location.ofTable(spec.name(), null, null, SourceRef.NONE),
                        Findings.evidence(Evidence.TABLE, spec.name(), Evidence.TITLE, spec.title(year)));
            }
        }
        int highest = -1;
        String previousName = null;
        for (PrintedTable t : d.tables()) {
            int index = indexOf(profile, t.id());
            if (index < 0) {
                continue;
            }
            TableSpec spec = profile.tables().get(index);
            Location where = Location.ofTable(t.name(), null, null, t.source());
            if (index < highest) {
                out.report(Severity.WARNING, t.name() + "排在" + previousName + "之后，与模板顺序（" + profile.tables().get(0).tocName()
                        + "至" + profile.tables().get(profile.tables().size() - 1).tocName() + "）不符", where,
                        Findings.evidence(Evidence.TABLE, t.name(), Evidence.AFTER, previousName));
            } else {
                highest = index;
                previousName = t.name();
            }
            if (!titleMatches(profile, spec, year, t.title())) {
                out.report(Severity.WARNING, t.name() + "的表题应为“" + spec.title(year) + "”，实际为“" + t.title() + "”", where,
                        Findings.evidence(Evidence.EXPECTED, spec.title(year), Evidence.FOUND, t.title()));
            }
            if (t.label() != null) {
                Matcher m = LABEL_NUMBER.matcher(t.label());
                if (m.find() && !sameNumber(m.group(1), index + 1)) {
                    out.report(Severity.WARNING, t.name() + "的表号“" + t.label() + "”与其位置（" + spec.tocName() + "）不符", where,
                            Findings.evidence(Evidence.LABEL, t.label(), Evidence.EXPECTED, Integer.toString(index + 1)));
                }
            }
        }
    }

    /** Whether printed digits ("12", "012", "99999999999") are the number {@code n}, however many digits they have. */
    static boolean sameNumber(String digits, int n) {
        return digits.replaceFirst("^0+(?=\\d)", "").equals(Integer.toString(n));
    }

    /** Whether a printed title is the template's, with any of the profile's kind words where it has "{kind}". */
    static boolean titleMatches(Profile profile, TableSpec spec, int year, String printed) {
        String title = TableText.squeeze(printed);
        if (title.equals(TableText.squeeze(spec.title(year)))) {
            return true;
        }
        for (String kindWord : profile.titleKindWords()) {
            if (title.equals(TableText.squeeze(spec.title(year, kindWord)))) {
                return true;
            }
        }
        return false;
    }

    /** The number of a table name as a profile prints it: "表十二" and "表12" are 12; -1 when it has none. */
    static int tableNumber(String tocName) {
        String numeral = tocName.startsWith("表") ? tocName.substring(1) : tocName;
        if (numeral.isEmpty()) {
            return -1;
        }
        if (numeral.chars().allMatch(Character::isDigit)) {
            return numeral.length() <= 2 ? Integer.parseInt(numeral) : -1;
        }
        return ChineseNumerals.parse(numeral);
    }

    private static int indexOf(Profile profile, String id) {
        for (int i = 0; i < profile.tables().size(); i++) {
            if (profile.tables().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    // ---- complete.toc -------------------------------------------------------------------------

    /** The 目录 split by 部分: the entries under each part heading, in order. */
    private static Map<String, List<TocEntry>> byPart(List<TocEntry> toc, Map<String, TocEntry> heads) {
        Map<String, List<TocEntry>> parts = new LinkedHashMap<>();
        String current = "";
        for (TocEntry e : toc) {
            Matcher m = PART.matcher(TableText.squeeze(e.title()));
            if (e.level() == 1 && m.matches()) {
                current = m.group(1);
                heads.putIfAbsent(current, e);
                parts.computeIfAbsent(current, k -> new ArrayList<>());
                continue;
            }
            parts.computeIfAbsent(current, k -> new ArrayList<>()).add(e);
        }
        return parts;
    }

    private static void contents(CheckContext c, Findings out) {
        Disclosure d = c.disclosure();
        List<TocEntry> toc = d.tableOfContents();
        if (toc.isEmpty()) {
            out.report(Severity.WARNING, "未找到目录", Location.ofDocument(TOC, SourceRef.NONE), Map.of());
            return;
        }
        Map<String, TocEntry> heads = new LinkedHashMap<>();
        Map<String, List<TocEntry>> parts = byPart(toc, heads);
        Map<String, String> declared = declaredParts(c.profile());
        parts(c, out, heads, declared);
        tablesInToc(c, out, toc);
        String narrativePart = partOf(declared, NARRATIVE_PART);
        if (narrativePart != null) {
            narrativeInToc(c, out, parts.getOrDefault(narrativePart, List.of()));
        }
        String overviewPart = partOf(declared, OVERVIEW_PART);
        if (overviewPart != null) {
            overviewInToc(c, out, parts.getOrDefault(overviewPart, List.of()));
        }
        pages(out, toc);
    }

    private static final String OVERVIEW_PART = "overview";
    private static final String TABLES_PART = "tables";
    private static final String NARRATIVE_PART = "narrative";
    private static final String GLOSSARY_PART = "glossary";

    /**
     * The 部分 the profile's layout numbers "第X部分" (numeral → which part): a layout whose headings are
     * numbered otherwise ("一、部门主要职能") declares none, and its 目录 is not checked by 部分.
     */
    static Map<String, String> declaredParts(Profile profile) {
        Map<String, String> out = new LinkedHashMap<>();
        DocumentLayout layout = profile.document();
        declarePart(out, layout == null ? null : layout.overviewTitle(), OVERVIEW_PART);
        declarePart(out, profile.tableSectionTitle(), TABLES_PART);
        declarePart(out, layout == null ? null : layout.narrativeTitle(), NARRATIVE_PART);
        declarePart(out, layout == null ? null : layout.glossaryTitle(), GLOSSARY_PART);
        return out;
    }

    private static void declarePart(Map<String, String> out, String title, String part) {
        if (title == null) {
            return;
        }
        Matcher m = PART.matcher(TableText.squeeze(title));
        if (m.matches()) {
            out.putIfAbsent(m.group(1), part);
        }
    }

    private static String partOf(Map<String, String> declared, String part) {
        for (Map.Entry<String, String> e : declared.entrySet()) {
            if (e.getValue().equals(part)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static void parts(CheckContext c, Findings out, Map<String, TocEntry> heads, Map<String, String> declared) {
        Disclosure d = c.disclosure();
        for (Map.Entry<String, String> declaredPart : declared.entrySet()) {
            String part = declaredPart.getKey();
            String kind = declaredPart.getValue();
            boolean inBody = switch (kind) {
                case OVERVIEW_PART -> d.overview() != null && (!d.overview().duties().isEmpty() || !d.overview().organization().isEmpty());
                case TABLES_PART -> !d.tables().isEmpty();
                case NARRATIVE_PART -> d.narrative() != null && !d.narrative().sections().isEmpty();
                default -> !d.glossary().isEmpty();
            };
            TocEntry head = heads.get(part);
            if (head == null && inBody) {
                out.report("目录缺少“第" + part + "部分”", Location.ofDocument(TOC, SourceRef.NONE), Findings.evidence(Evidence.PART, part));
            } else if (head != null && !inBody) {
                out.report("目录列出“" + head.title() + "”，但正文中没有这一部分", Location.ofDocument(TOC, head.source()),
                        Findings.evidence(Evidence.PART, part, Evidence.TOC, head.title()));
            } else if (head != null) {
                String body = kind.equals(TABLES_PART) ? c.profile().tableSectionTitle().replace("{year}", Integer.toString(c.fiscalYear()))
                        : kind.equals(NARRATIVE_PART) && d.narrative() != null ? d.narrative().heading() : null;
                if (body != null && !TableText.squeeze(body).equals(TableText.squeeze(head.title()))) {
                    out.report(Severity.WARNING, "目录中“" + head.title() + "”与正文标题“" + body + "”不一致", Location.ofDocument(TOC, head.source()),
                            Findings.evidence(Evidence.TOC, head.title(), Evidence.BODY, body));
                }
            }
        }
    }

    private static void tablesInToc(CheckContext c, Findings out, List<TocEntry> toc) {
        Disclosure d = c.disclosure();
        Profile profile = c.profile();
        List<String> listed = new ArrayList<>();
        for (TocEntry e : toc) {
            String squeezed = TableText.squeeze(e.title());
            Matcher m = TABLE.matcher(squeezed);
            if (!m.matches()) {
                // "1. 2025年部门财务收支预算总表": an entry numbered like a list, the title after it starting with
                // the year or ending in 表
                m = NUMBERED_TABLE.matcher(squeezed);
                if (e.level() < 2 || !m.matches()
                        || !(m.group(2).startsWith(Integer.toString(c.fiscalYear())) || m.group(2).endsWith("表"))) {
                    continue;
                }
            }
            String numeral = m.group(1);
            String rest = m.group(2);
            String year = Integer.toString(c.fiscalYear());
            if (Character.isDigit(numeral.charAt(0)) && numeral.length() > year.length() && numeral.endsWith(year)) {
                // "表12026年预算收支总表": the table number runs into the year of the title
                rest = year + rest;
                numeral = numeral.substring(0, numeral.length() - year.length());
            }
            int number = Character.isDigit(numeral.charAt(0))
                    ? (numeral.length() <= 2 ? Integer.parseInt(numeral) : -1) : ChineseNumerals.parse(numeral);
            if (number < 1 || number > 99) {
                continue;
            }
            Location where = Location.ofDocument(TOC, e.source());
            // the profile numbers its tables 表一… or 表1…: compare numbers, not names
            Optional<TableSpec> spec = profile.tables().stream().filter(s -> tableNumber(s.tocName()) == number).findFirst();
            if (spec.isEmpty()) {
                out.report("目录列出“" + e.title() + "”，但模板中没有表" + numeral, where, Findings.evidence(Evidence.TOC, e.title()));
                continue;
            }
            String tocName = spec.get().tocName();
            listed.add(spec.get().id());
            Optional<PrintedTable> table = d.table(spec.get().id());
            if (table.isEmpty()) {
                out.report("目录列出“" + e.title() + "”，但正文中没有这张表", where, Findings.evidence(Evidence.TOC, e.title(), Evidence.TABLE, spec.get().name()));
            } else if (!rest.equals(TableText.squeeze(table.get().title()))) {
                out.report(Severity.WARNING, "目录中" + tocName + "的标题“" + rest + "”与正文表题“" + table.get().title() + "”不一致",
                        where, Findings.evidence(Evidence.TOC, rest, Evidence.BODY, table.get().title(), Evidence.TABLE, table.get().name()));
            }
        }
        for (PrintedTable t : d.tables()) {
            Optional<TableSpec> spec = profile.table(t.id());
            if (spec.isPresent() && !listed.contains(t.id())) {
                out.report("目录未列出" + spec.get().tocName() + "“" + t.title() + "”", Location.ofTable(t.name(), null, null, t.source()),
                        Findings.evidence(Evidence.TABLE, t.name(), Evidence.TITLE, t.title()));
            }
        }
    }

    private static void narrativeInToc(CheckContext c, Findings out, List<TocEntry> entries) {
        Disclosure d = c.disclosure();
        if (d.narrative() == null) {
            return;
        }
        List<String> listed = new ArrayList<>();
        NarrativeSection current = null;
        for (TocEntry e : entries) {
            String title = TableText.squeeze(e.title());
            Location where = Location.ofDocument(TOC, e.source());
            Matcher m = SECTION.matcher(title);
            if (m.matches() && e.level() != 3) {
                String number = m.group(1);
                listed.add(number);
                Optional<NarrativeSection> section = d.narrative().section(number);
                current = section.orElse(null);
                if (section.isEmpty()) {
                    out.report("目录列出“" + e.title() + "”，但情况说明中没有第" + number + "节", where,
                            Findings.evidence(Evidence.TOC, e.title()));
                } else if (!TableText.squeeze(section.get().heading()).equals(TableText.squeeze(m.group(2)))) {
                    out.report(Severity.WARNING, "目录中“" + e.title() + "”与正文标题“" + number + "、" + section.get().heading() + "”不一致",
                            where, Findings.evidence(Evidence.TOC, e.title(), Evidence.BODY, section.get().heading()));
                }
            } else if (e.level() == 3 && current != null) {
                boolean found = false;
                for (TextBlock p : current.paragraphs()) {
                    if (TableText.squeeze(p.text()).startsWith(title)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    out.report(Severity.WARNING, "目录列出“" + e.title() + "”，但正文“" + current.number() + "、" + current.heading()
                            + "”中没有这一分项", where, Findings.evidence(Evidence.TOC, e.title(), Evidence.SECTION, current.number()));
                }
            }
        }
        for (NarrativeSection s : d.narrative().sections()) {
            if (s.number() != null && !s.number().isEmpty() && !listed.contains(s.number())) {
                out.report("目录未列出情况说明“" + s.number() + "、" + s.heading() + "”", Location.ofDocument("第三部分", s.source()),
                        Findings.evidence(Evidence.SECTION, s.number() + "、" + s.heading()));
            }
        }
    }

    private static void overviewInToc(CheckContext c, Findings out, List<TocEntry> entries) {
        Disclosure d = c.disclosure();
        for (TocEntry e : entries) {
            String title = TableText.squeeze(e.title());
            boolean missing = title.contains("职责") ? d.overview() == null || d.overview().duties().isEmpty()
                    : title.contains("机构") && (d.overview() == null || d.overview().organization().isEmpty());
            if (missing) {
                out.report("目录列出“" + e.title() + "”，但概况中没有这部分内容", Location.ofDocument(TOC, e.source()),
                        Findings.evidence(Evidence.TOC, e.title()));
            }
        }
    }

    private static void pages(Findings out, List<TocEntry> toc) {
        TocEntry previous = null;
        for (TocEntry e : toc) {
            if (e.page() == null) {
                continue;
            }
            if (previous != null && e.page() < previous.page()) {
                out.report(Severity.WARNING, "目录中“" + e.title() + "”的页码 " + e.page() + " 小于前一项“" + previous.title() + "”的页码 "
                        + previous.page(), Location.ofDocument(TOC, e.source()),
                        Findings.evidence(Evidence.PAGE, e.page().toString(), Evidence.PREVIOUS, previous.page().toString()));
            }
            previous = e;
        }
    }

    // ---- complete.content ---------------------------------------------------------------------

    /** A piece of 情况说明 that must (or should) be there, found by a keyword of its heading. */
    private record Required(String keyword, String what, Severity severity, NarrativeTopic topic) {
    }

    private static final List<Required> SECTIONS = List.of(
            new Required("收支", "部门收支总体情况（收支增减变化）", Severity.ERROR, NarrativeTopic.CHANGES),
            new Required("收入", "收入预算情况", Severity.ERROR, NarrativeTopic.REVENUE),
            new Required("支出", "支出预算情况", Severity.ERROR, NarrativeTopic.EXPENDITURE),
            new Required("三公", "“三公”经费情况", Severity.ERROR, NarrativeTopic.THREE_PUBLIC),
            new Required("机关运行", "机关运行经费情况", Severity.ERROR, NarrativeTopic.AGENCY_OPERATING),
            new Required("政府采购", "政府采购情况", Severity.ERROR, NarrativeTopic.PROCUREMENT),
            new Required("国有资产", "国有资产占有使用情况", Severity.WARNING, NarrativeTopic.ASSETS),
            new Required("绩效", "绩效目标（绩效管理）情况", Severity.WARNING, NarrativeTopic.PERFORMANCE));

    private static void content(CheckContext c, Findings out) {
        Disclosure d = c.disclosure();
        if (d.overview() == null || d.overview().duties().isEmpty()) {
            out.report("第一部分概况缺少本部门职责", Location.ofDocument("第一部分", SourceRef.NONE), Map.of());
        }
        if (d.overview() == null || d.overview().organization().isEmpty()) {
            out.report("第一部分概况缺少机构设置情况", Location.ofDocument("第一部分", SourceRef.NONE), Map.of());
        }
        List<NarrativeSection> sections = d.narrative() == null ? List.of() : d.narrative().sections();
        Set<NarrativeTopic> topics = declaredTopics(c.profile());
        for (Required r : SECTIONS) {
            if (!topics.isEmpty() && !topics.contains(r.topic())) {
                // the profile's template has no such section (its content is in its tables or elsewhere)
                continue;
            }
            Optional<NarrativeSection> s = sections.stream()
                    .filter(x -> TableText.squeeze(x.heading()).contains(r.keyword())).findFirst();
            if (s.isEmpty()) {
                out.report(r.severity(), "第三部分情况说明缺少" + r.what() + "的说明（未找到标题含“" + r.keyword() + "”的一节）",
                        Location.ofDocument("第三部分", SourceRef.NONE), Findings.evidence(Evidence.KEYWORD, r.keyword()));
            } else if (s.get().paragraphs().stream().allMatch(p -> p.text().isBlank())) {
                out.report(Severity.WARNING, "情况说明“" + s.get().number() + "、" + s.get().heading() + "”没有内容",
                        Location.ofNarrative(s.get().heading(), null, s.get().source()), Findings.evidence(Evidence.KEYWORD, r.keyword()));
            }
        }
        sections.stream().filter(x -> TableText.squeeze(x.heading()).contains("政府采购")).findFirst().ifPresent(s -> {
            String text = s.text();
            List<String> missing = new ArrayList<>();
            for (String part : List.of("货物", "工程", "服务")) {
                if (!text.contains(part)) {
                    missing.add(part);
                }
            }
            if (!missing.isEmpty() && !text.isBlank()) {
                out.report(Severity.WARNING, "政府采购情况未分别说明" + String.join("、", missing) + "类采购预算",
                        Location.ofNarrative(s.heading(), null, s.source()), Findings.evidence(Evidence.MISSING, String.join("、", missing)));
            }
        });
        if (d.glossary().isEmpty()) {
            out.report("缺少第四部分名词解释", Location.ofDocument("第四部分", SourceRef.NONE), Map.of());
        }
    }

    /** The topics of the sections the profile's 情况说明 has; empty when the profile declares none. */
    private static Set<NarrativeTopic> declaredTopics(Profile profile) {
        Set<NarrativeTopic> out = EnumSet.noneOf(NarrativeTopic.class);
        if (profile.document() != null) {
            for (NarrativeSectionSpec spec : profile.document().narrativeSections()) {
                if (spec.topic() != null) {
                    out.add(spec.topic());
                }
            }
        }
        return out;
    }
}
