package org.gongkai.app.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code format=csv} of a list: UTF-8 with a BOM (Excel opens it as is), a header row, RFC 4180 quoting. */
final class Csv {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    /** Whether the request asked for CSV ({@code format=csv}); anything but json or csv is a 400. */
    static boolean wanted(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return false;
        }
        if (format.equalsIgnoreCase("csv")) {
            return true;
        }
        throw new org.gongkai.app.store.StoreException.Invalid("format 应为 json 或 csv：" + format);
    }

    static ResponseEntity<byte[]> answer(String name, List<String> header, List<List<?>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, header);
        for (List<?> row : rows) {
            line(sb, row);
        }
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .body(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder sb, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object c = cells.get(i);
            String s = c == null ? "" : c instanceof java.math.BigDecimal b ? b.toPlainString() : c.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        sb.append("\r\n");
    }
}
