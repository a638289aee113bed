package org.gongkai.core.ingest.pdf;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;

/**
 * The current clipping path of a content stream, as the reader tests glyphs against it. A clip
 * that is the intersection of upright rectangles (a page, a form's box, a sheet's print area, a
 * cell) is kept as one rectangle, without the general area arithmetic; any other clip falls back
 * to PDFBox's {@link Area}. The answer is kept until the graphics state's clip changes.
 */
final class ClipRegion {

    /** The clip paths last seen (compared by identity: a state copies its list before it adds one) and their count. */
    private List<Path2D> paths;
    private int count = -1;
    /** The clip as a rectangle, or null when it is not one. */
    private Rectangle2D rectangle;
    /** The clip as an area, when it is not a rectangle. */
    private Area area;

    /** Whether (x, y) in device space lies inside the current clip. */
    boolean contains(PDGraphicsState state, double x, double y) {
        update(state);
        return rectangle != null ? rectangle.contains(x, y) : area.contains(x, y);
    }

    /** The bounding box of the current clip. */
    Rectangle2D bounds(PDGraphicsState state) {
        update(state);
        return rectangle != null ? rectangle : area.getBounds2D();
    }

    private void update(PDGraphicsState state) {
        List<Path2D> current = state.getCurrentClippingPaths();
        if (current == paths && current.size() == count) {
            return;
        }
        Rectangle2D r = null;
        for (Path2D p : current) {
            Rectangle2D one = rectangle(p);
            if (one == null) {
                r = null;
                break;
            }
            r = r == null ? one : r.createIntersection(one);
        }
        rectangle = r;
        area = null;
        if (r == null) {
            // the general case: PDFBox intersects the paths (and replaces its list with the result)
            area = state.getCurrentClippingPath();
            current = state.getCurrentClippingPaths();
        }
        paths = current;
        count = current.size();
    }

    /** The path as a rectangle when it is one closed upright rectangle, else null. */
    static Rectangle2D rectangle(Path2D path) {
        double[] xs = new double[5];
        double[] ys = new double[5];
        int n = 0;
        double[] c = new double[6];
        boolean closed = false;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (closed) {
                return null;
            }
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    if (n != 0) {
                        return null;
                    }
                    xs[n] = c[0];
                    ys[n++] = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    if (n == 0 || n == 5) {
                        return null;
                    }
                    xs[n] = c[0];
                    ys[n++] = c[1];
                }
                case PathIterator.SEG_CLOSE -> closed = true;
                default -> {
                    return null;
                }
            }
        }
        if (n == 5) {
            // drawn back to its start before closing
            if (xs[4] != xs[0] || ys[4] != ys[0]) {
                return null;
            }
            n = 4;
        }
        if (n != 4) {
            return null;
        }
        // four corners, each edge upright: either x or y shared with the next corner, alternating
        boolean firstHorizontal = ys[0] == ys[1];
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            boolean horizontal = (i % 2 == 0) == firstHorizontal;
            if (horizontal ? ys[i] != ys[j] : xs[i] != xs[j]) {
                return null;
            }
        }
        double x0 = Math.min(xs[0], xs[2]);
        double y0 = Math.min(ys[0], ys[2]);
        return new Rectangle2D.Double(x0, y0, Math.abs(xs[2] - xs[0]), Math.abs(ys[2] - ys[0]));
    }
}
