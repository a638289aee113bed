package org.gongkai.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.core.json.Json;
import org.gongkai.core.render.OutputFiles;

/**
 * The summary of a batch (批量汇总): one row per file, as text for the terminal, CSV (UTF-8 with a
 * BOM, so Excel opens it), JSON or HTML (each file linked to its own report).
 */
final class BatchSummary {

    /** Summary formats. */
    enum Format { text, csv, json, html }

    static final String[] HEADER = {"文件", "地区模板", "错误", "警告", "提示", "状态", "首个错误", "耗时（毫秒）"};

    private final List<BatchRow> rows;

    BatchSummary(List<BatchRow> rows) {
        this.rows = List.copyOf(rows);
    }

    List<BatchRow> rows() {
        return rows;
    }

    /** The worst exit code of the files: 0 none has errors, 1 some have errors, 2 some are unreadable. */
    int exitCode() {
        return rows.stream().mapToInt(r -> r.status().exitCode).max().orElse(0);
    }

    Map<BatchRow.Status, Integer> counts() {
        Map<BatchRow.Status, Integer> counts = new EnumMap<>(BatchRow.Status.class);
        for (BatchRow.Status s : BatchRow.Status.values()) {
            counts.put(s, 0);
        }
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts;
    }

    /** "共 3 个文件：无错误 1，有错误 1，无法读取 1；退出码 2" */
    String countLine() {
        Map<BatchRow.Status, Integer> c = counts();
        return "共 " + rows.size() + " 个文件：" + BatchRow.Status.ok.label + " " + c.get(BatchRow.Status.ok)
                + "，" + BatchRow.Status.findings.label + " " + c.get(BatchRow.Status.findings)
                + "，" + BatchRow.Status.unreadable.label + " " + c.get(BatchRow.Status.unreadable)
                + "；退出码 " + exitCode();
    }

    /** The format a summary file is written in, by its extension; null when it names none. */
    static Format byExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.csv;
        }
        if (name.endsWith(".json")) {
            return Format.json;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.html;
        }
        if (name.endsWith(".txt")) {
            return Format.text;
        }
        return null;
    }

    /**
     * Whether {@code out} names a summary file rather than a folder: it ends in .csv, .json, .html
     * or .txt, or it exists and is not a folder (/dev/null, a pipe).
     */
    static boolean namesSummaryFile(Path out) {
        return byExtension(out) != null || (Files.exists(out) && !Files.isDirectory(out));
    }

    String render(Format format) {
        return switch (format) {
            case text -> text();
            case csv -> csv();
            case json -> json();
            case html -> html();
        };
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-6s %5s %5s %5s %8s  %-12s %s%n", "状态", "错误", "警告", "提示", "毫秒", "地区模板", "文件 / 首个错误"));
        for (BatchRow r : rows) {
            sb.append(String.format("%-10s %5s %5s %5s %8d  %-12s %s%n", r.status(), num(r.errors()), num(r.warnings()),
                    num(r.info()), r.millis(), r.profile().isEmpty() ? "-" : r.profile(), r.file()));
            if (!r.message().isEmpty()) {
                sb.append("           ").append(oneLine(r.message())).append(System.lineSeparator());
            }
        }
        sb.append(countLine()).append(System.lineSeparator());
        return sb.toString();
    }

    String csv() {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(",", HEADER));
        boolean links = rows.stream().anyMatch(r -> r.link() != null);
        if (links) {
            sb.append(",报告");
        }
        sb.append("\r\n");
        for (BatchRow r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.file(), r.profile(), num(r.errors()), num(r.warnings()),
                    num(r.info()), r.status().name(), oneLine(r.message()), Long.toString(r.millis())));
            if (links) {
                cells.add(r.link() == null ? "" : r.link());
            }
            sb.append(String.join(",", cells.stream().map(BatchSummary::csvCell).toList())).append("\r\n");
        }
        return sb.toString();
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "gongkai-batch-summary");
        root.put("files", rows.size());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts().forEach((s, n) -> counts.put(s.name(), n));
        root.put("counts", counts);
        root.put("exitCode", exitCode());
        List<Map<String, Object>> list = new ArrayList<>();
        for (BatchRow r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", r.file());
            m.put("profile", r.profile().isEmpty() ? null : r.profile());
            m.put("errors", r.errors());
            m.put("warnings", r.warnings());
            m.put("info", r.info());
            m.put("status", r.status().name());
            m.put("firstError", r.message().isEmpty() ? null : r.message());
            m.put("timeMs", r.millis());
            m.put("report", r.link());
            list.add(m);
        }
        root.put("rows", list);
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    String html() {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>批量核对汇总</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}")
                .append("td.n{text-align:right}tr.unreadable{background:#fde2e2}tr.findings{background:#fff4d6}</style>")
                .append("</head><body>\n<h1>批量核对汇总</h1>\n<p>").append(esc(countLine())).append("</p>\n<table>\n<tr>");
        for (String h : HEADER) {
            sb.append("<th>").append(esc(h)).append("</th>");
        }
        sb.append("</tr>\n");
        for (BatchRow r : rows) {
            sb.append("<tr class=\"").append(r.status().name()).append("\"><td>");
            if (r.link() != null) {
                sb.append("<a href=\"").append(esc(href(r.link()))).append("\">").append(esc(r.file())).append("</a>");
            } else {
                sb.append(esc(r.file()));
            }
            sb.append("</td><td>").append(esc(r.profile()))
                    .append("</td><td class=\"n\">").append(num(r.errors()))
                    .append("</td><td class=\"n\">").append(num(r.warnings()))
                    .append("</td><td class=\"n\">").append(num(r.info()))
                    .append("</td><td>").append(esc(r.status().label))
                    .append("</td><td>").append(esc(r.message()))
                    .append("</td><td class=\"n\">").append(r.millis()).append("</td></tr>\n");
        }
        sb.append("</table>\n</body></html>\n");
        return sb.toString();
    }

    /**
     * Writes a summary: to a regular file (or a new one) all-or-nothing; to anything else that
     * exists (/dev/null, a pipe) directly, as it cannot be replaced.
     */
    static void write(Path out, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(out) && !Files.isRegularFile(out) && !Files.isDirectory(out)) {
            try (OutputStream o = Files.newOutputStream(out)) {
                o.write(bytes);
            }
        } else {
            OutputFiles.write(out, bytes);
        }
    }

    private static String href(String link) {
        StringBuilder sb = new StringBuilder();
        for (String part : link.split("/", -1)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    private static String num(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
    }

    private static String csvCell(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
