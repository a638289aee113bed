package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a value was read (来源): the line of the extracted text, and — when the input is a PDF —
 * the page and the box on that page. A value Gongkai computed itself has {@link #NONE}.
 *
 * @param line 1-based line of the text (of the PDF's extracted text for a PDF); 0 when unknown
 * @param page 1-based page of the PDF; null when the input has no pages
 * @param box  the value's box on that page, in PDF points; null when unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceRef(int line, Integer page, Box box) {

    /** No source: computed, or not known. */
    public static final SourceRef NONE = new SourceRef(0, null, null);

    public SourceRef {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        if (page != null && page < 1) {
            throw new IllegalArgumentException("page must be at least 1: " + page);
        }
    }

    /** A line of a text input (0 = none). */
    public static SourceRef line(int line) {
        return line == 0 ? NONE : new SourceRef(line, null, null);
    }

    /** A place on a PDF page, with the line of the extracted text it became. */
    public static SourceRef onPage(int line, int page, Box box) {
        return new SourceRef(line, page, box);
    }

    @JsonIgnore
    public boolean isKnown() {
        return line > 0 || page != null;
    }

    /** In Chinese, for a reader: "第3页，第126行", "第126行", or "" when unknown. */
    public String describe() {
        List<String> parts = new ArrayList<>(2);
        if (page != null) {
            parts.add("第" + page + "页");
        }
        if (line > 0) {
            parts.add("第" + line + "行");
        }
        return String.join("，", parts);
    }

    /** The same source with a box on a page (for a reader that knows where it read the value). */
    public SourceRef withPage(int page, Box box) {
        return new SourceRef(line, page, box);
    }

    /**
     * A rectangle on a PDF page in points, origin at the page's lower left corner as in PDF.
     * Coordinates are geometry, not money: float precision is enough.
     */
    public record Box(float x, float y, float width, float height) {

        public Box {
            if (width < 0 || height < 0) {
                throw new IllegalArgumentException("a box has no negative size");
            }
        }

        /** The smallest box holding this one and {@code other}. */
        public Box union(Box other) {
            float x0 = Math.min(x, other.x);
            float y0 = Math.min(y, other.y);
            float x1 = Math.max(x + width, other.x + other.width);
            float y1 = Math.max(y + height, other.y + other.height);
            return new Box(x0, y0, x1 - x0, y1 - y0);
        }
    }
}
