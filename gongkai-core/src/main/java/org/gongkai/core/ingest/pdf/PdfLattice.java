package org.gongkai.core.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.model.SourceRef.Box;

/**
 * A ruled table on one page as a lattice of slots: the rows between its horizontal rulings, the
 * columns between its vertical ones. Where a ruling is missing between two slots they belong to one
 * merged cell (rowspan, colspan); a merged cell's text is given to its first slot, top left, as an
 * extracted text prints it. Tables one above another are separate lattices: no vertical ruling
 * joins them.
 */
final class PdfLattice {

    /** Two rulings closer than this are one edge (points). */
    private static final float SAME = 2.0f;
    /** Horizontal rulings shorter than this are not row edges. */
    private static final float MIN_ROW_EDGE = 6f;

    /** Row edges from the top down (visible y, descending). */
    final List<Float> ys;
    /** Column edges from the left (x, ascending). */
    final List<Float> xs;
    private final int[] anchor;
    private final List<Ruling> horizontals;
    private final List<Ruling> verticals;

    private PdfLattice(List<Float> ys, List<Float> xs, List<Ruling> horizontals, List<Ruling> verticals) {
        this.ys = ys;
        this.xs = xs;
        this.horizontals = horizontals;
        this.verticals = verticals;
        this.anchor = merge();
    }

    int rows() {
        return ys.size() - 1;
    }

    int columns() {
        return xs.size() - 1;
    }

    float top() {
        return ys.get(0);
    }

    float bottom() {
        return ys.get(ys.size() - 1);
    }

    float left() {
        return xs.get(0);
    }

    float right() {
        return xs.get(xs.size() - 1);
    }

    /** Whether a point lies inside the table's outer border. */
    boolean holds(float x, float y) {
        return y <= top() + SAME && y >= bottom() - SAME && x >= left() - SAME && x <= right() + SAME;
    }

    /** The slot (row * columns + column) of the merged cell that holds the point, its first slot. */
    int cellAt(float x, float y) {
        int r = 0;
        while (r < rows() - 1 && y < ys.get(r + 1)) {
            r++;
        }
        int c = 0;
        while (c < columns() - 1 && x > xs.get(c + 1)) {
            c++;
        }
        return anchor[r * columns() + c];
    }

    /** The box of one row of slots. */
    Box rowBox(int row) {
        return new Box(left(), ys.get(row + 1), right() - left(), ys.get(row) - ys.get(row + 1));
    }

    /** The lattices of the page's rulings, top to bottom. */
    static List<PdfLattice> of(PdfPage page) {
        List<Ruling> hs = new ArrayList<>();
        List<Ruling> vs = new ArrayList<>();
        for (Ruling r : page.rulings()) {
            if (r.horizontal()) {
                if (r.x1() - r.x0() >= MIN_ROW_EDGE) {
                    hs.add(r);
                }
            } else {
                vs.add(r);
            }
        }
        List<Float> all = PdfGrid.merge(hs.stream().map(Ruling::position).toList());
        java.util.Collections.reverse(all);
        List<PdfLattice> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= all.size(); i++) {
            boolean joined = i < all.size() && bridged(vs, all.get(i - 1), all.get(i));
            if (!joined) {
                if (i - start >= 2) {
                    PdfLattice l = build(all.subList(start, i), hs, vs);
                    if (l != null) {
                        out.add(l);
                    }
                }
                start = i;
            }
        }
        return out;
    }

    /** Whether a vertical ruling runs from one row edge to the next (so both belong to one table). */
    private static boolean bridged(List<Ruling> vs, float upper, float lower) {
        float mid = (upper + lower) / 2;
        for (Ruling v : vs) {
            if (v.y0() <= mid && v.y1() >= mid && v.y0() <= lower + SAME && v.y1() >= upper - SAME) {
                return true;
            }
        }
        return false;
    }

    private static PdfLattice build(List<Float> ys, List<Ruling> hs, List<Ruling> vs) {
        float top = ys.get(0);
        float bottom = ys.get(ys.size() - 1);
        List<Ruling> rowRulings = new ArrayList<>();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Ruling h : hs) {
            if (h.position() <= top + SAME && h.position() >= bottom - SAME) {
                rowRulings.add(h);
                left = Math.min(left, h.x0());
                right = Math.max(right, h.x1());
            }
        }
        List<Ruling> columnRulings = new ArrayList<>();
        List<Float> xs = new ArrayList<>();
        for (Ruling v : vs) {
            if (v.y1() > bottom + SAME && v.y0() < top - SAME && v.position() >= left - SAME && v.position() <= right + SAME) {
                columnRulings.add(v);
                xs.add(v.position());
            }
        }
        List<Float> edges = PdfGrid.merge(xs);
        if (edges.size() < 2) {
            return null;
        }
        return new PdfLattice(List.copyOf(ys), edges, rowRulings, columnRulings);
    }

    /** For every slot, the first slot of its merged cell. */
    private int[] merge() {
        int n = rows() * columns();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows(); r++) {
            float midY = (ys.get(r) + ys.get(r + 1)) / 2;
            for (int c = 0; c < columns(); c++) {
                float midX = (xs.get(c) + xs.get(c + 1)) / 2;
                if (c + 1 < columns() && !verticalAt(xs.get(c + 1), midY)) {
                    union(parent, r * columns() + c, r * columns() + c + 1);
                }
                if (r + 1 < rows() && !horizontalAt(ys.get(r + 1), midX)) {
                    union(parent, r * columns() + c, (r + 1) * columns() + c);
                }
            }
        }
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = find(parent, i);
        }
        return first;
    }

    private boolean verticalAt(float x, float y) {
        for (Ruling v : verticals) {
            if (Math.abs(v.position() - x) <= SAME && v.y0() <= y && v.y1() >= y) {
                return true;
            }
        }
        return false;
    }

    private boolean horizontalAt(float y, float x) {
        for (Ruling h : horizontals) {
            if (Math.abs(h.position() - y) <= SAME && h.x0() <= x && h.x1() >= x) {
                return true;
            }
        }
        return false;
    }

    /** Union by the smaller index: the root of a set is its first slot in reading order, its top left. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
