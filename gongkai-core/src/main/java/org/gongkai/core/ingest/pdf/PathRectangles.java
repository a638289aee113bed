package org.gongkai.core.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Rectangles a path draws with straight lines instead of the rectangle operator: a closed run of
 * three or four horizontal and vertical segments ("m l l l h" or "m l l l l h"), the way HTML
 * renderers fill a cell's border. What a fill of such a path paints is the same as a filled
 * rectangle, so it counts as a ruling when it is thin.
 */
final class PathRectangles {

    /** Two points closer than this (user space units) are the same corner. */
    private static final float SAME = 0.05f;

    private PathRectangles() {
    }

    /**
     * The rectangles among the path's segments ({x0, y0, x1, y1} each, in drawing order), as
     * {x0, y0, x1, y1} with x0 ≤ x1 and y0 ≤ y1. Segments that are not part of such a run are left out.
     */
    static List<float[]> of(List<float[]> segments) {
        List<float[]> out = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            int j = i + 1;
            while (j < segments.size() && j - i < 4 && near(segments.get(j)[0], segments.get(j - 1)[2])
                    && near(segments.get(j)[1], segments.get(j - 1)[3])) {
                j++;
            }
            float[] r = rectangle(segments.subList(i, j));
            if (r != null) {
                out.add(r);
            }
            i = j;
        }
        return out;
    }

    /** The rectangle a chain of 3 or 4 axis-parallel segments closes, else null. */
    private static float[] rectangle(List<float[]> chain) {
        if (chain.size() < 3) {
            return null;
        }
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (float[] s : chain) {
            boolean horizontal = near(s[1], s[3]);
            boolean vertical = near(s[0], s[2]);
            if (horizontal == vertical) {
                return null;
            }
            x0 = Math.min(x0, Math.min(s[0], s[2]));
            x1 = Math.max(x1, Math.max(s[0], s[2]));
            y0 = Math.min(y0, Math.min(s[1], s[3]));
            y1 = Math.max(y1, Math.max(s[1], s[3]));
        }
        float[] first = chain.get(0);
        float[] last = chain.get(chain.size() - 1);
        boolean closed = near(first[0], last[2]) && near(first[1], last[3]);
        // three segments close implicitly: the missing side runs from the last point back to the first
        boolean implicit = chain.size() == 3 && (near(first[0], last[2]) || near(first[1], last[3]));
        return closed || implicit ? new float[] {x0, y0, x1, y1} : null;
    }

    private static boolean near(float a, float b) {
        return Math.abs(a - b) <= SAME;
    }
}
