package org.gongkai.core.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Overview;
import org.gongkai.core.model.Phase;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.ReadingNote;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.model.TocEntry;
import org.gongkai.core.profile.DocumentLayout;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.TableSpec;

/**
 * Reads a published PDF of a layout whose parts each begin under a heading of their own (the
 * 上海 nine-table layout): 封面, 目录, 主要职能, 机构设置, 名词解释, 预算编制说明, the tables (each under
 * its title, over as many pages as it runs), 其他相关情况说明 with its numbered sections, and one
 * statement per project. Which heading opens which part is the profile's data; the tables are read
 * by their grids ({@link PdfTableReader}); paragraphs are re-joined across line and page breaks.
 */
public final class PdfDisclosureReader {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,3})、\\s*(.+)$");
    private static final Pattern GLOSSARY = Pattern.compile("^（([一二三四五六七八九十]{1,3})）\\s*([^：:]{1,40})[：:]\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^(?:\\d{1,2}\\s*[.．、]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳])");
    private static final Pattern OWNER = Pattern.compile("^(?:预算主管部门|预算单位|主管部门|部门名称|单位名称)\\s*[：:]\\s*(.+)$");
    /** A line ending this many points before the text's right edge ends its paragraph. */
    private static final float SHORT_LINE = 24f;
    /** A 目录 line names a table after its number ("9．2025年…"); the table's own title has none. */
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}\\s*[.．、]");
    private static final Pattern LEADER = Pattern.compile("[.．…]{3,}");

    private final Profile profile;

    public PdfDisclosureReader(Profile profile) {
        this.profile = profile;
    }

    /** The parts a page may open with. */
    private enum Part { COVER, TOC, DUTIES, ORGANIZATION, GLOSSARY, NARRATIVE, TABLE, OTHER, PROJECT }

    /** A part as found: its kind, its heading line (null for the cover), the table it is, and its lines. */
    private record Found(Part part, PdfLine heading, TableSpec table, List<PdfTableReader.Segment> segments) {
        List<PdfLine> lines() {
            List<PdfLine> out = new ArrayList<>();
            for (PdfTableReader.Segment s : segments) {
                out.addAll(s.lines());
            }
            return out;
        }
    }

    public Disclosure read(PdfText text) {
        String name = text.name();
        List<Found> parts = parts(text);
        int year = year(text, parts);
        List<ReadingNote> notes = new ArrayList<>(visibility(text));
        List<PrintedTable> tables = new ArrayList<>();
        List<TocEntry> toc = new ArrayList<>();
        List<TextBlock> duties = new ArrayList<>();
        List<TextBlock> organization = new ArrayList<>();
        List<GlossaryEntry> glossary = new ArrayList<>();
        List<NarrativeSection> sections = new ArrayList<>();
        String narrativeHeading = null;
        List<String> cover = new ArrayList<>();
        String owner = null;
        for (Found f : parts) {
            switch (f.part) {
                case COVER -> {
                    for (PdfLine l : f.lines()) {
                        Matcher m = OWNER.matcher(l.text().strip());
                        if (m.matches() && owner == null) {
                            owner = m.group(1).strip();
                        } else {
                            cover.add(l.text().strip());
                        }
                    }
                }
                case TOC -> {
                    for (PdfLine l : f.lines()) {
                        String t = LEADER.matcher(l.text()).replaceAll(" ").strip();
                        if (!t.isEmpty()) {
                            int level = SECTION.matcher(t).matches() ? 1 : 2;
                            toc.add(new TocEntry(level, t, null, l.source()));
                        }
                    }
                }
                case DUTIES -> duties.addAll(paragraphs(f.lines()));
                case ORGANIZATION -> organization.addAll(paragraphs(f.lines()));
                case GLOSSARY -> glossary.addAll(glossary(paragraphs(f.lines())));
                case NARRATIVE -> {
                    narrativeHeading = f.heading.text().strip();
                    sections.add(new NarrativeSection(null, narrativeHeading, paragraphs(f.lines()), f.heading.source()));
                }
                case OTHER -> sections.addAll(numbered(f));
                case PROJECT -> sections.add(new NarrativeSection(null, f.heading.text().strip(), paragraphs(f.lines()), f.heading.source()));
                case TABLE -> tables.add(new PdfTableReader(name, f.table, year, notes).read(f.heading, f.segments));
            }
        }
        if (tables.isEmpty()) {
            throw new IngestException(name, "PDF中没有找到“" + profile.name() + "”的任何报表标题");
        }
        if (owner == null) {
            owner = tables.stream().map(PrintedTable::department).filter(d -> d != null && !d.isBlank()).findFirst().orElse(null);
        }
        String title = String.join("", cover.isEmpty() ? List.of(profile.document() == null ? "" : profile.document().title(year)) : cover);
        DisclosureKind kind = kind(text, title);
        Metadata metadata = new Metadata(title, null, owner, null, year, Phase.BUDGET, kind, profile.id(), profile.amountUnit(), name);
        Narrative narrative = new Narrative(narrativeHeading, sections);
        return new Disclosure(metadata, toc, new Overview(duties, organization), tables, narrative, List.of(), null, null, glossary, notes);
    }

    private static final String BLANK_PAGE = ReadingNote.BLANK_PAGE;
    static final String HIDDEN_TEXT = ReadingNote.HIDDEN_TEXT;

    /** What the reader of the PDF does not see: pages with nothing on them, text drawn off the page. */
    static List<ReadingNote> visibility(PdfText text) {
        List<ReadingNote> out = new ArrayList<>();
        for (PdfPage page : text.pages()) {
            if (page.isEmpty()) {
                out.add(new ReadingNote(BLANK_PAGE, SourceRef.onPage(0, page.number(), null), "第" + page.number() + "页为空白页"));
            }
            for (PdfLine l : page.offPage()) {
                if (shownNearby(text, page.number(), l.text())) {
                    // a sheet printed across pages: what one page hides, the next one shows
                    continue;
                }
                out.add(new ReadingNote(HIDDEN_TEXT, l.source(), "第" + page.number() + "页的文字“" + shorten(l.text())
                        + "”未正常显示（超出页面或被单元格裁剪）"));
            }
        }
        return out;
    }

    /** Whether the text is visible on this page or the one before or after it. */
    private static boolean shownNearby(PdfText text, int page, String hidden) {
        String h = hidden.replaceAll("\\s+", "");
        if (h.isEmpty()) {
            return true;
        }
        for (int p = Math.max(1, page - 1); p <= Math.min(text.pages().size(), page + 1); p++) {
            for (PdfLine l : text.pages().get(p - 1).lines()) {
                if (l.text().replaceAll("\\s+", "").contains(h)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    // ---- parts -----------------------------------------------------------------------------------

    private List<Found> parts(PdfText text) {
        List<Found> out = new ArrayList<>();
        Found current = null;
        for (PdfPage page : text.pages()) {
            List<PdfLine> lines = new ArrayList<>();
            for (PdfLine l : page.lines()) {
                Optional<Found> opened = open(page, l, current);
                if (opened.isPresent()) {
                    if (current != null && !lines.isEmpty()) {
                        current.segments.add(new PdfTableReader.Segment(page, lines));
                    }
                    lines = new ArrayList<>();
                    current = opened.get();
                    out.add(current);
                    continue;
                }
                if (current == null) {
                    current = new Found(Part.COVER, null, null, new ArrayList<>());
                    out.add(current);
                }
                lines.add(l);
            }
            if (current != null && !lines.isEmpty()) {
                current.segments.add(new PdfTableReader.Segment(page, lines));
            }
        }
        return out;
    }

    /** The part this line opens, if it is a heading. */
    private Optional<Found> open(PdfPage page, PdfLine line, Found current) {
        String t = line.text().replaceAll("[\\s\\u3000]+", "");
        if (t.length() > 60 || t.endsWith("。") || LEADER.matcher(t).find()) {
            return Optional.empty();
        }
        Optional<TableSpec> table = NUMBERED.matcher(t).find() ? Optional.empty() : profile.tableByTitle(t);
        if (table.isPresent()) {
            return Optional.of(new Found(Part.TABLE, line, table.get(), new ArrayList<>()));
        }
        if (!centred(page, line)) {
            return Optional.empty();
        }
        DocumentLayout d = profile.document();
        Part part = null;
        if (t.equals("目录")) {
            part = Part.TOC;
        } else if (d == null) {
            return Optional.empty();
        } else if (d.otherTitle() != null && t.equals(d.otherTitle())) {
            part = Part.OTHER;
        } else if (d.projectTitleSuffix() != null && t.endsWith(d.projectTitleSuffix()) && t.length() > d.projectTitleSuffix().length()) {
            part = Part.PROJECT;
        } else if (d.glossaryTitle() != null && t.equals(d.glossaryTitle())) {
            part = Part.GLOSSARY;
        } else if (d.dutiesHeading() != null && t.endsWith(d.dutiesHeading())) {
            part = Part.DUTIES;
        } else if (d.organizationHeading() != null && t.endsWith(d.organizationHeading())) {
            part = Part.ORGANIZATION;
        } else if (d.narrativeTitle() != null && sameTitle(t, d.narrativeTitle())) {
            part = Part.NARRATIVE;
        }
        return part == null ? Optional.empty() : Optional.of(new Found(part, line, null, new ArrayList<>()));
    }

    /** Whether a heading matches a template with "{year}" and "{kind}" (any of the profile's kind words). */
    private boolean sameTitle(String printed, String template) {
        String pattern = Pattern.quote(template.replaceAll("\\s+", ""))
                .replace("{year}", "\\E\\d{4}\\Q")
                .replace("{kind}", "\\E(?:" + String.join("|", profile.titleKindWords().stream().map(Pattern::quote).toList()) + ")?\\Q");
        return printed.matches(pattern);
    }

    /** A heading sits in the middle of its line: its centre within a sixth of the page's width from the page's. */
    private static boolean centred(PdfPage page, PdfLine line) {
        float centre = line.box().x() + line.box().width() / 2;
        return Math.abs(centre - page.width() / 2) < page.width() / 6;
    }

    private static int year(PdfText text, List<Found> parts) {
        for (Found f : parts) {
            if (f.part == Part.TABLE || f.part == Part.COVER || f.part == Part.NARRATIVE) {
                List<PdfLine> lines = new ArrayList<>();
                if (f.heading != null) {
                    lines.add(f.heading);
                }
                if (f.part == Part.COVER) {
                    lines.addAll(f.lines());
                }
                for (PdfLine l : lines) {
                    Matcher m = YEAR.matcher(l.text());
                    if (m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
            }
        }
        throw new IngestException(text.name(), "PDF中没有找到预算年度（如“2025年”）");
    }

    private DisclosureKind kind(PdfText text, String title) {
        for (String w : List.of("单位预算", "部门预算")) {
            if (title.contains(w)) {
                return w.startsWith("单位") ? DisclosureKind.UNIT : DisclosureKind.DEPARTMENT;
            }
        }
        return DisclosureKind.DEPARTMENT;
    }

    // ---- paragraphs -----------------------------------------------------------------------------

    /**
     * The lines as paragraphs: a paragraph starts where a line is indented past the text's left edge
     * or opens with an item number ("1.", "（一）", "一、"), else a line continues the one before —
     * across page breaks too. Lines are joined without a space (a space only between two Latin
     * letters or digits that the break separated).
     */
    static List<TextBlock> paragraphs(List<PdfLine> lines) {
        List<TextBlock> out = new ArrayList<>();
        StringBuilder text = null;
        PdfLine first = null;
        SourceRef.Box box = null;
        int page = -1;
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (PdfLine l : lines) {
            left = Math.min(left, l.box().x());
            right = Math.max(right, l.box().x() + l.box().width());
        }
        boolean ended = true;
        for (PdfLine l : lines) {
            String t = l.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean starts = ended || l.box().x() > left + 12 || ITEM.matcher(t).find();
            // a line that stops well short of the right edge ends its paragraph (a heading, a last line)
            ended = l.box().x() + l.box().width() < right - SHORT_LINE;
            if (starts) {
                if (text != null) {
                    out.add(new TextBlock(text.toString(), SourceRef.onPage(first.line(), first.page(), box)));
                }
                text = new StringBuilder(t);
                first = l;
                box = l.box();
                page = l.page();
            } else {
                char last = text.charAt(text.length() - 1);
                if (isLatin(last) && isLatin(t.charAt(0)) && !Character.isDigit(last)) {
                    text.append(' ');
                }
                text.append(t);
                if (l.page() == page) {
                    box = box.union(l.box());
                }
            }
        }
        if (text != null) {
            out.add(new TextBlock(text.toString(), SourceRef.onPage(first.line(), first.page(), box)));
        }
        return out;
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private static List<GlossaryEntry> glossary(List<TextBlock> paragraphs) {
        List<GlossaryEntry> out = new ArrayList<>();
        for (TextBlock p : paragraphs) {
            Matcher m = GLOSSARY.matcher(p.text());
            if (m.matches()) {
                out.add(new GlossaryEntry(m.group(1), m.group(2).strip(), m.group(3).strip(), p.source()));
            } else if (!out.isEmpty()) {
                GlossaryEntry last = out.remove(out.size() - 1);
                out.add(new GlossaryEntry(last.number(), last.term(), last.definition() + p.text(), last.source()));
            }
        }
        return out;
    }

    /** 其他相关情况说明: its sections, each under a "一、…" heading line. */
    private static List<NarrativeSection> numbered(Found f) {
        List<NarrativeSection> out = new ArrayList<>();
        List<PdfLine> body = new ArrayList<>();
        PdfLine heading = null;
        for (PdfLine l : f.lines()) {
            String t = l.text().strip();
            Matcher m = SECTION.matcher(t);
            if (m.matches() && t.length() <= 40 && !t.endsWith("。")) {
                if (heading != null || !body.isEmpty()) {
                    out.add(section(heading, body));
                }
                heading = l;
                body = new ArrayList<>();
            } else {
                body.add(l);
            }
        }
        if (heading != null || !body.isEmpty()) {
            out.add(section(heading, body));
        }
        return out;
    }

    private static NarrativeSection section(PdfLine heading, List<PdfLine> body) {
        if (heading == null) {
            return new NarrativeSection(null, null, paragraphs(body), body.get(0).source());
        }
        Matcher m = SECTION.matcher(heading.text().strip());
        m.matches();
        return new NarrativeSection(m.group(1), m.group(2).strip(), paragraphs(body), heading.source());
    }
}
