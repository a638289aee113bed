package org.gongkai.core.ingest.pdf;

/**
 * A ruling line of a page (a table's border or cell edge), horizontal or vertical, in the page's
 * visible coordinates: PDF points, origin at the lower left of the page as a viewer shows it —
 * the coordinates of {@link PdfWord#box()}.
 *
 * @param x0 left end (or the x of a vertical line)
 * @param y0 lower end (or the y of a horizontal line)
 * @param x1 right end, ≥ x0
 * @param y1 upper end, ≥ y0
 */
public record Ruling(float x0, float y0, float x1, float y1) {

    /** Lines thinner than this (in points) and longer than {@link #MIN_LENGTH} count as rulings. */
    static final float MAX_THICKNESS = 2.5f;
    static final float MIN_LENGTH = 4f;

    public boolean horizontal() {
        return x1 - x0 >= y1 - y0;
    }

    /** The y of a horizontal line, the x of a vertical one. */
    public float position() {
        return horizontal() ? (y0 + y1) / 2 : (x0 + x1) / 2;
    }
}
