package org.gongkai.app.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The searchable sections of a rendered disclosure (the core HTML renderer's page, the one the
 * portal shows): each 概况 section, each budget table, each 情况说明 section (without the forms it
 * holds), each project's 绩效目标表 and the 名词解释 — every one with the id the page gives it, so a
 * result links to its place on the disclosure page. A table's text is its labels (科目 names,
 * column headings) without its figures.
 */
final class Sections {

    /** What a section holds: its anchor on the page, its title, its kind and its text (one line per paragraph or row). */
    record Section(String anchor, String title, Kind kind, String text) {
    }

    enum Kind {
        OVERVIEW("概况"), TABLE("报表"), NARRATIVE("情况说明"), FORM("绩效目标表"), GLOSSARY("名词解释");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final Pattern SECTION_TAG = Pattern.compile("<section\\b([^>]*)>|</section>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern CLASS = Pattern.compile("\\bclass=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("<h([2-4])\\b[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern CAPTION = Pattern.compile("<caption[^>]*>(.*?)</caption>", Pattern.DOTALL);
    private static final Pattern DROPPED = Pattern.compile("<svg\\b.*?</svg>|<caption\\b.*?</caption>|<colgroup\\b.*?</colgroup>"
            + "|<style\\b.*?</style>|<p class=\"(?:scroll-hint|to-toc)\".*?</p>", Pattern.DOTALL);
    private static final Pattern NUMBER_CELL = Pattern.compile("<td[^>]*class=\"[^\"]*\\bnum\\b[^\"]*\"[^>]*>.*?</td>", Pattern.DOTALL);
    private static final Pattern BREAK = Pattern.compile("</(?:p|tr|h[1-6]|li|dt|dd|div|figcaption)>|<br\\s*/?>");
    private static final Pattern CELL_END = Pattern.compile("</t[hd]>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-z]+);");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u3000]+");
    /** A line that is only figures (amounts, shares, codes of a row left without a name). */
    private static final Pattern FIGURES_ONLY = Pattern.compile("[\\s\\d,.%\\-－—–]*");

    private Sections() {
    }

    /** The sections of a rendered disclosure page, in document order. */
    static List<Section> of(String html) {
        record Open(int contentStart, String id, String cls, List<int[]> children) {
        }
        record Found(int start, Section section) {
        }
        List<Found> out = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        Matcher m = SECTION_TAG.matcher(html);
        while (m.find()) {
            if (m.group(1) != null) {
                Matcher id = ID.matcher(m.group(1));
                Matcher cls = CLASS.matcher(m.group(1));
                stack.push(new Open(m.end(), id.find() ? id.group(1) : null, cls.find() ? cls.group(1) : "", new ArrayList<>()));
                continue;
            }
            if (stack.isEmpty()) {
                continue;
            }
            Open o = stack.pop();
            int end = m.start();
            if (!stack.isEmpty()) {
                stack.peek().children().add(new int[] {o.contentStart(), end});
            }
            Kind kind = kind(o.id(), o.cls());
            if (kind == null) {
                continue;
            }
            // the section's own content: without the sections it holds
            StringBuilder own = new StringBuilder();
            int at = o.contentStart();
            for (int[] c : o.children()) {
                own.append(html, at, Math.max(at, c[0]));
                at = Math.max(at, c[1]);
            }
            own.append(html, at, Math.max(at, end));
            String content = own.toString();
            String title = title(kind, content);
            String text = text(kind, content);
            if (!text.isBlank() || !title.isBlank()) {
                out.add(new Found(o.contentStart(), new Section(o.id(), title, kind, text)));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out.stream().map(Found::section).toList();
    }

    private static Kind kind(String id, String cls) {
        if (id == null) {
            return null;
        }
        List<String> classes = List.of(cls.split(" "));
        if (classes.contains("budget-table")) {
            return Kind.TABLE;
        }
        if (classes.contains("perf-form")) {
            return Kind.FORM;
        }
        if (classes.contains("narrative")) {
            return Kind.NARRATIVE;
        }
        if (classes.contains("glossary")) {
            return Kind.GLOSSARY;
        }
        if (id.startsWith("overview-")) {
            return Kind.OVERVIEW;
        }
        return null;
    }

    /** The section's title: its first heading; a form's, the project name its caption names. */
    private static String title(Kind kind, String content) {
        if (kind == Kind.FORM) {
            Matcher c = CAPTION.matcher(content);
            if (c.find()) {
                String caption = plain(c.group(1));
                int colon = caption.indexOf('：');
                String project = colon >= 0 ? caption.substring(colon + 1).strip() : "";
                return project.isEmpty() ? caption : project + " 绩效目标表";
            }
        }
        Matcher h = HEADING.matcher(content);
        return h.find() ? plain(h.group(2)) : kind.label;
    }

    /** The searchable text: one line per paragraph or table row; a table's figures left out. */
    private static String text(Kind kind, String content) {
        String s = DROPPED.matcher(content).replaceAll(" ");
        if (kind == Kind.TABLE) {
            s = NUMBER_CELL.matcher(s).replaceAll(" ");
        }
        // the first heading is the title
        Matcher h = HEADING.matcher(s);
        if (h.find()) {
            s = s.substring(0, h.start()) + s.substring(h.end());
        }
        s = CELL_END.matcher(s).replaceAll(" ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = unescape(s);
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n")) {
            String l = SPACES.matcher(line).replaceAll(" ").strip();
            if (l.isEmpty() || FIGURES_ONLY.matcher(l).matches()) {
                continue;
            }
            out.append(l).append('\n');
        }
        return out.toString().strip();
    }

    private static String plain(String html) {
        return SPACES.matcher(unescape(TAG.matcher(html).replaceAll(" "))).replaceAll(" ").strip();
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return ENTITY.matcher(s).replaceAll(m -> {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> {
                    if (e.startsWith("#")) {
                        try {
                            int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16)
                                    : Integer.parseInt(e.substring(1));
                            yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
                        } catch (NumberFormatException ex) {
                            yield m.group();
                        }
                    }
                    yield m.group();
                }
            };
            return Matcher.quoteReplacement(r);
        });
    }
}
