package org.gongkai.core.ingest;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Assets;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.Overview;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Phase;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.ReadingNote;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.model.TocEntry;
import org.gongkai.core.model.VehicleCount;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.ProfileSource;

/**
 * Reads the text layer of a published disclosure (the seed profile's layout: 目录, 第一部分 概况,
 * 第二部分 tables, 第三部分 情况说明 with performance-target forms, 第四部分 名词解释) into a
 * {@link Disclosure}. Bad input gets an {@link IngestException} saying what and where.
 */
public final class TextDisclosureReader {

    /** Inputs larger than this are refused before they are read. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    /** The largest count or page number read (车辆、设备台数、目录页码); a larger one is refused, naming its line. */
    public static final int MAX_COUNT = 999_999_999;
    /** The longest line read (the reference's longest is about 1,100 characters); a longer one is refused, naming it. */
    public static final int MAX_LINE_CHARS = 20_000;

    private static final Pattern PART = Pattern.compile("^第([一二三四])部分\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]+)、\\s*(.+)$");
    private static final Pattern TOC_LINE = Pattern.compile("^(.*?)[.．…]*\\t\\s*(\\d+)\\s*$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年度?");
    /** A part heading or table title that begins with its year: "第二部分 2026年…", "表一2026年…", "2026年预算收支总表". */
    private static final Pattern HEADING_YEAR = Pattern.compile("(?:第[一二三四]部分\\s*|表[一二三四五六七八九十\\d]{1,3}\\s*)?(\\d{4})年");
    private static final Pattern PERFORMANCE_TITLE = Pattern.compile("项目支出绩效目标表");

    private final Profile profile;

    /** A reader of the default profile ({@link ProfileSource#DEFAULT_ID}) of the shipped ones. */
    public TextDisclosureReader() {
        this(ProfileSource.shipped().profile(ProfileSource.DEFAULT_ID));
    }

    /** A reader of documents printed with {@code profile}: its tables, titles, columns and units. */
    public TextDisclosureReader(Profile profile) {
        this.profile = java.util.Objects.requireNonNull(profile, "profile");
    }

    /** Reads a file, refusing what is too large, binary, not UTF-8 or not a disclosure. */
    public Disclosure read(Path file) {
        return read(file.getFileName().toString(), Inputs.readBounded(file));
    }

    /** Reads text given as bytes (UTF-8, with or without BOM). */
    public Disclosure read(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new IngestException(name, "文件为空");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IngestException(name, "文件过大，上限为 " + MAX_BYTES + " 字节");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new IngestException(name, "不是文本文件（含二进制内容）；请提供从公开PDF中提取的UTF-8文本");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IngestException(name, "文件不是UTF-8编码的文本");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = List.of(text.split("\r?\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_LINE_CHARS) {
                throw new IngestException(name, i + 1, "此行过长（" + lines.get(i).length() + " 个字符），每行上限为 "
                        + MAX_LINE_CHARS + " 个字符");
            }
        }
        return parse(name, lines);
    }

    /** Parses lines (index i is line i+1). */
    public Disclosure parse(String name, List<String> lines) {
        return new Pass(name, lines).run();
    }

    /** One reading of one file. */
    private final class Pass {
        final String name;
        final List<String> lines;
        final List<ReadingNote> notes = new ArrayList<>();

        Pass(String name, List<String> lines) {
            this.name = name;
            this.lines = lines;
        }

        Disclosure run() {
            int toc = findLine(0, l -> Text.squeeze(l).equals("目录"));
            int part1 = findBodyPart("一", Math.max(toc, 0));
            int part2 = part1 < 0 ? -1 : findBodyPart("二", part1 + 1);
            int part3 = part2 < 0 ? -1 : findBodyPart("三", part2 + 1);
            int part4 = part3 < 0 ? -1 : findBodyPart("四", part3 + 1);
            if (part2 < 0) {
                throw new IngestException(name, "不是部门预算公开文本：未找到“第二部分 …预算报表”"
                        + (part1 < 0 ? "和“第一部分 概况”" : ""));
            }
            if (part3 < 0) {
                throw new IngestException(name, lines.size(), "文本不完整：未找到“第三部分 …情况说明”，文件可能被截断");
            }
            int fiscalYear = fiscalYear(toc < 0 ? part1 : toc, part3);
            List<TocEntry> tableOfContents = toc < 0 ? List.of() : tableOfContents(toc + 1, part1 < 0 ? part2 : part1);
            Overview overview = part1 < 0 ? new Overview(List.of(), List.of()) : overview(part1 + 1, part2);

            TableReader tableReader = new TableReader(name, profile, fiscalYear, notes);
            List<PrintedTable> tables = tableReader.read(lines, part2 + 1, part3);
            if (tables.isEmpty()) {
                throw new IngestException(name, part2 + 1, profile.tables().isEmpty()
                        ? "模板“" + profile.id() + "”没有预算表"
                        : "第二部分中未识别出任何预算表（表题应如“" + profile.tables().get(0).title(fiscalYear) + "”）");
            }
            Metadata metadata = metadata(toc < 0 ? (part1 < 0 ? part2 : part1) : toc, fiscalYear, amountUnit(tables));

            int narrativeEnd = part4 < 0 ? lines.size() : part4;
            int formsStart = findLine(part3 + 1, narrativeEnd, l -> PERFORMANCE_TITLE.matcher(l).find());
            int formsEnd = formsStart < 0 ? -1 : findLine(formsStart, narrativeEnd, l -> isSectionHeading(l));
            if (formsStart >= 0 && formsEnd < 0) {
                formsEnd = narrativeEnd;
            }
            List<PerformanceTarget> targets = formsStart < 0 ? List.of()
                    : new PerformanceTargetParser().parse(lines, formsStart, formsEnd);
            for (PerformanceTarget t : targets) {
                notes.addAll(t.missing());
            }
            Narrative narrative = narrative(part3, narrativeEnd, formsStart, formsEnd);
            Procurement procurement = procurement(narrative);
            Assets assets = assets(narrative);
            List<GlossaryEntry> glossary = part4 < 0 ? List.of() : glossary(part4 + 1, lines.size());
            return new Disclosure(metadata, tableOfContents, overview, tables, narrative, targets,
                    procurement, assets, glossary, notes);
        }

        // ---- locating -------------------------------------------------------------------

        int findLine(int from, java.util.function.Predicate<String> p) {
            return findLine(from, lines.size(), p);
        }

        int findLine(int from, int to, java.util.function.Predicate<String> p) {
            for (int i = Math.max(from, 0); i < to; i++) {
                if (p.test(lines.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        /** A body heading "第N部分 …": not a 目录 line (which carries a tab and a page number). */
        int findBodyPart(String numeral, int from) {
            return findLine(from, l -> {
                if (l.contains("\t") || l.contains(".....")) {
                    return false;
                }
                Matcher m = PART.matcher(l.strip());
                return m.matches() && m.group(1).equals(numeral);
            });
        }

        boolean isSectionHeading(String l) {
            return !l.contains("\t") && SECTION.matcher(l.strip()).matches() && l.strip().length() <= 40;
        }

        // ---- front matter ---------------------------------------------------------------

        /**
         * The budget year: the year most often printed on the cover title, the part headings and the
         * table titles (in the 目录 and the body, before 第三部分), the cover's on a tie. A cover
         * whose year was mistyped does not make the document another year's; complete.year reports
         * every place that prints another year.
         */
        int fiscalYear(int coverEnd, int part3) {
            Integer cover = null;
            for (int i = 0; i < Math.max(coverEnd, 0); i++) {
                String l = lines.get(i).strip();
                Matcher m = YEAR.matcher(l);
                if (l.contains("公开") && m.find()) {
                    cover = Integer.parseInt(m.group(1));
                    break;
                }
            }
            java.util.Map<Integer, Integer> counts = new java.util.LinkedHashMap<>();
            if (cover != null) {
                counts.put(cover, 1);
            }
            for (int i = Math.max(coverEnd, 0); i <= part3 && i < lines.size(); i++) {
                Matcher m = HEADING_YEAR.matcher(lines.get(i).strip());
                if (m.lookingAt()) {
                    counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
                }
            }
            if (counts.isEmpty()) {
                throw new IngestException(name, "未找到预算年度（封面应如“2026年度部门预算公开”）");
            }
            int best = cover != null ? cover : counts.keySet().iterator().next();
            for (java.util.Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }

        Metadata metadata(int coverEnd, int year, MoneyUnit amountUnit) {
            StringBuilder department = new StringBuilder();
            String title = null;
            for (int i = 0; i < coverEnd; i++) {
                String l = lines.get(i).strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (title == null && l.contains("公开") && YEAR.matcher(l).find()) {
                    title = l;
                } else if (title == null) {
                    department.append(Text.squeeze(l));
                }
            }
            String dept = department.isEmpty() ? null : department.toString();
            if (dept == null) {
                dept = findDepartmentLine();
            }
            String t = title == null ? "" : title;
            Phase phase = t.contains("决算") ? Phase.FINAL_ACCOUNT : t.contains("调整预算") ? Phase.ADJUSTED : Phase.BUDGET;
            DisclosureKind kind = t.contains("单位预算") || t.contains("单位决算") ? DisclosureKind.UNIT : DisclosureKind.DEPARTMENT;
            return new Metadata(title, region(), dept, unitCode(), year, phase, kind, profile.id(), amountUnit, name);
        }

        /**
         * The unit of the budget tables as a whole: the unit most of the tables were read in (their
         * "单位：" lines, the profile's unit where a table has none), the first table's on a tie.
         */
        MoneyUnit amountUnit(List<PrintedTable> tables) {
            java.util.Map<MoneyUnit, Integer> counts = new java.util.EnumMap<>(MoneyUnit.class);
            for (PrintedTable t : tables) {
                counts.merge(t.unit(), 1, Integer::sum);
            }
            MoneyUnit best = tables.get(0).unit();
            for (java.util.Map.Entry<MoneyUnit, Integer> e : counts.entrySet()) {
                if (e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }

        String findDepartmentLine() {
            for (String l : lines) {
                String s = l.strip();
                if (s.startsWith("部门名称：") || s.startsWith("部门名称:")) {
                    return Text.squeeze(s.substring(5));
                }
            }
            return null;
        }

        /** The region printed in the performance-form titles, e.g. "山西转型综改示范区太原开发区". */
        String region() {
            for (String l : lines) {
                int i = l.indexOf("县(区)级预算部门");
                if (i < 0) {
                    i = l.indexOf("县（区）级预算部门");
                }
                if (i > 0) {
                    return l.substring(0, i).strip();
                }
            }
            return null;
        }

        String unitCode() {
            Pattern p = Pattern.compile("^(\\d{3,})[-－]");
            for (String l : lines) {
                if (l.startsWith("主管部门及代码")) {
                    for (String c : Text.cells(l)) {
                        Matcher m = p.matcher(c);
                        if (m.find()) {
                            return m.group(1);
                        }
                    }
                }
            }
            return null;
        }

        List<TocEntry> tableOfContents(int from, int to) {
            List<TocEntry> out = new ArrayList<>();
            for (int i = from; i < to; i++) {
                String l = lines.get(i);
                if (l.isBlank()) {
                    continue;
                }
                Matcher m = TOC_LINE.matcher(l.stripTrailing());
                String title;
                Integer page = null;
                if (m.matches()) {
                    title = m.group(1).strip().replaceAll("[.．…]+$", "");
                    page = count(m.group(2), i + 1, "目录页码");
                } else {
                    title = l.strip().replaceAll("[.．…]+$", "");
                }
                int level = PART.matcher(title).matches() ? 1 : title.startsWith("（") ? 3 : 2;
                out.add(new TocEntry(level, title, page, i + 1));
            }
            return out;
        }

        Overview overview(int from, int to) {
            List<TextBlock> duties = new ArrayList<>();
            List<TextBlock> organization = new ArrayList<>();
            List<TextBlock> current = duties;
            for (int i = from; i < to; i++) {
                String l = lines.get(i).strip();
                if (l.isEmpty()) {
                    continue;
                }
                Matcher m = SECTION.matcher(l);
                if (m.matches() && l.length() <= 20) {
                    current = l.contains("机构") ? organization : duties;
                    continue;
                }
                current.add(new TextBlock(l, i + 1));
            }
            return new Overview(duties, organization);
        }

        // ---- narrative ------------------------------------------------------------------

        Narrative narrative(int part3, int end, int formsStart, int formsEnd) {
            String heading = lines.get(part3).strip();
            List<NarrativeSection> sections = new ArrayList<>();
            String number = null;
            String title = null;
            int sectionLine = 0;
            List<TextBlock> paragraphs = new ArrayList<>();
            for (int i = part3 + 1; i < end; i++) {
                if (formsStart >= 0 && i >= formsStart && i < formsEnd) {
                    continue;
                }
                String raw = lines.get(i);
                String l = raw.strip();
                if (l.isEmpty() || raw.contains("\t")) {
                    // a table in the narrative (a chart's data, its cells tab-separated) is not prose
                    continue;
                }
                Matcher m = SECTION.matcher(l);
                if (isSectionHeading(raw) && m.matches()) {
                    if (number != null) {
                        sections.add(new NarrativeSection(number, title, paragraphs, sectionLine));
                    }
                    number = m.group(1);
                    title = m.group(2).strip();
                    sectionLine = i + 1;
                    paragraphs = new ArrayList<>();
                    continue;
                }
                if (number == null) {
                    number = "";
                    title = "";
                    sectionLine = i + 1;
                }
                paragraphs.add(joinContinuation(l, i + 1, paragraphs));
            }
            if (number != null) {
                sections.add(new NarrativeSection(number, title, paragraphs, sectionLine));
            }
            return new Narrative(heading, sections);
        }

        /**
         * A PDF page break can cut a sentence ("政府性基金预算拨款0万" / "元，…"): a paragraph that
         * starts with a unit or closing punctuation continues the previous one.
         */
        TextBlock joinContinuation(String l, int line, List<TextBlock> paragraphs) {
            if (!paragraphs.isEmpty() && (l.startsWith("元") || l.startsWith("，") || l.startsWith("。"))) {
                TextBlock prev = paragraphs.remove(paragraphs.size() - 1);
                return new TextBlock(prev.text() + l, prev.line());
            }
            return new TextBlock(l, line);
        }

        Procurement procurement(Narrative narrative) {
            for (NarrativeSection s : narrative.sections()) {
                if (!s.heading().contains("政府采购")) {
                    continue;
                }
                for (TextBlock p : s.paragraphs()) {
                    Amount total = amountAfter(p.text(), "采购预算总额");
                    if (total == null) {
                        total = amountAfter(p.text(), "采购总额");
                    }
                    Amount goods = amountAfter(p.text(), "货物预算");
                    Amount works = amountAfter(p.text(), "工程预算");
                    Amount services = amountAfter(p.text(), "服务预算");
                    if (total != null || goods != null || works != null || services != null) {
                        return new Procurement(total, goods, works, services, p.line());
                    }
                }
            }
            return null;
        }

        /** The amount printed after {@code label}, in the unit printed with it ("4,100.76万元", "3500元"). */
        Amount amountAfter(String text, String label) {
            Matcher m = Pattern.compile(Pattern.quote(label) + "\\s*([0-9][0-9,]*(?:\\.\\d+)?)\\s*(万元|元)").matcher(text);
            return m.find() ? new Amount(Numbers.parseAmount(m.group(1)), MoneyUnit.parse(m.group(2))) : null;
        }

        Assets assets(Narrative narrative) {
            for (NarrativeSection s : narrative.sections()) {
                if (!s.heading().contains("国有资产")) {
                    continue;
                }
                String text = s.text();
                String asOf = group(text, "截至\\s*(\\d{4}年\\d{1,2}月\\d{1,2}日)");
                Integer quota = countOrNull(s, "公务用车编制\\s*(\\d+)\\s*辆", "公务用车编制数");
                Integer actual = countOrNull(s, "实有\\s*(\\d+)\\s*辆", "实有车辆数");
                List<VehicleCount> vehicles = new ArrayList<>();
                int other = text.indexOf("其中：");
                if (other >= 0) {
                    int stop = text.indexOf('。', other);
                    String part = text.substring(other, stop < 0 ? text.length() : stop);
                    Matcher m = Pattern.compile("([\\p{IsHan}]+用车)\\s*(\\d+)\\s*辆").matcher(part);
                    while (m.find()) {
                        vehicles.add(new VehicleCount(m.group(1), count(m.group(2), lineOf(s, m.group()), m.group(1) + "数")));
                    }
                }
                String area = group(text, "建筑总面积\\s*([0-9][0-9,]*(?:\\.\\d+)?)\\s*平方米");
                List<Assets.EquipmentCount> equipment = new ArrayList<>();
                Matcher e = Pattern.compile("(\\d+)万元（原值）以上的([\\p{IsHan}]*设备)\\s*(\\d+)\\s*台").matcher(text);
                while (e.find()) {
                    equipment.add(new Assets.EquipmentCount(new BigDecimal(e.group(1)), e.group(2),
                            count(e.group(3), lineOf(s, e.group()), e.group(2) + "台数")));
                }
                BigDecimal areaValue = area == null ? null : Numbers.parseAmount(area);
                return new Assets(asOf, quota, actual, vehicles, areaValue, equipment, s.line());
            }
            return null;
        }

        String group(String text, String regex) {
            Matcher m = Pattern.compile(regex).matcher(text);
            return m.find() ? m.group(1) : null;
        }

        /** The count of the first match of {@code regex} (its group 1) in a section; null when none. */
        Integer countOrNull(NarrativeSection section, String regex, String what) {
            Matcher m = Pattern.compile(regex).matcher(section.text());
            return m.find() ? count(m.group(1), lineOf(section, m.group()), what) : null;
        }

        /** A printed count or page number; one beyond {@link #MAX_COUNT} is refused with its line. */
        int count(String digits, int line, String what) {
            String d = digits.replaceFirst("^0+(?=\\d)", "");
            if (d.length() > 9) {
                throw new IngestException(name, line, what + "“" + digits + "”过大，无法读取（上限为" + MAX_COUNT + "）");
            }
            return Integer.parseInt(d);
        }

        /** The line of the first paragraph of a section that prints {@code snippet}; else the section's heading line. */
        int lineOf(NarrativeSection section, String snippet) {
            for (TextBlock p : section.paragraphs()) {
                if (p.text().contains(snippet)) {
                    return p.line();
                }
            }
            return section.line();
        }

        List<GlossaryEntry> glossary(int from, int to) {
            List<GlossaryEntry> out = new ArrayList<>();
            Pattern entry = Pattern.compile("^([一二三四五六七八九十]+)、([^：:]+)[：:](.*)$");
            for (int i = from; i < to; i++) {
                String l = lines.get(i).strip();
                if (l.isEmpty()) {
                    continue;
                }
                Matcher m = entry.matcher(l);
                if (m.matches()) {
                    out.add(new GlossaryEntry(m.group(1), m.group(2).strip(), m.group(3).strip(), i + 1));
                } else if (!out.isEmpty()) {
                    GlossaryEntry last = out.remove(out.size() - 1);
                    String def = last.definition().isEmpty() ? l : last.definition() + "\n" + l;
                    out.add(new GlossaryEntry(last.number(), last.term(), def, last.line()));
                }
            }
            return out;
        }
    }
}
