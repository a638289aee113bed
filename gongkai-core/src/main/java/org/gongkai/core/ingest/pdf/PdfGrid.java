package org.gongkai.core.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.model.SourceRef.Box;

/**
 * The cells of a ruled table on one page: the bands between its horizontal rulings, top to bottom,
 * and the column edges its vertical rulings draw. Words are placed in a cell by their centre.
 */
final class PdfGrid {

    /** Two rulings closer than this are one edge. */
    private static final float SAME = 2.0f;
    /** Horizontal rulings shorter than this are not row edges (underlines, ticks). */
    private static final float MIN_ROW_EDGE = 24f;

    /** One band between two horizontal edges, with the words inside it and the edges crossing it. */
    record Band(float top, float bottom, List<Float> edges, List<PlacedWord> words) {

        Box box(float left, float right) {
            return new Box(left, bottom, right - left, top - bottom);
        }
    }

    /** A word with the line it was read on. */
    record PlacedWord(PdfWord word, PdfLine line) {
        float cx() {
            return word.box().x() + word.box().width() / 2;
        }

        float cy() {
            return word.box().y() + word.box().height() / 2;
        }
    }

    final List<Band> bands;
    final float left;
    final float right;

    private PdfGrid(List<Band> bands, float left, float right) {
        this.bands = bands;
        this.left = left;
        this.right = right;
    }

    /**
     * The grid drawn on {@code page} between {@code top} and {@code bottom} (visible y), holding the
     * given lines' words; null when the rulings there draw no grid of at least one band.
     */
    static PdfGrid of(PdfPage page, float top, float bottom, List<PdfLine> lines) {
        List<Float> ys = new ArrayList<>();
        List<Ruling> verticals = new ArrayList<>();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Ruling r : page.rulings()) {
            if (r.horizontal()) {
                float y = r.position();
                if (y <= top + SAME && y >= bottom - SAME && r.x1() - r.x0() >= MIN_ROW_EDGE) {
                    ys.add(y);
                    left = Math.min(left, r.x0());
                    right = Math.max(right, r.x1());
                }
            } else if (r.y1() >= bottom - SAME && r.y0() <= top + SAME) {
                verticals.add(r);
            }
        }
        List<Float> edges = merge(ys);
        if (edges.size() < 2) {
            return null;
        }
        List<Band> bands = new ArrayList<>();
        for (int i = edges.size() - 1; i > 0; i--) {
            float t = edges.get(i);
            float b = edges.get(i - 1);
            float mid = (t + b) / 2;
            List<Float> xs = new ArrayList<>();
            for (Ruling v : verticals) {
                if (v.y0() <= mid && v.y1() >= mid) {
                    xs.add(v.position());
                }
            }
            bands.add(new Band(t, b, merge(xs), new ArrayList<>()));
        }
        for (PdfLine l : lines) {
            for (PdfWord w : l.words()) {
                PlacedWord p = new PlacedWord(w, l);
                for (Band band : bands) {
                    if (p.cy() <= band.top && p.cy() >= band.bottom && p.cx() >= left - SAME && p.cx() <= right + SAME) {
                        band.words.add(p);
                        break;
                    }
                }
            }
        }
        return new PdfGrid(bands, left, right);
    }

    /** Sorted positions with those closer than {@link #SAME} merged into one (ruling positions). */
    static List<Float> merge(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (Float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > SAME) {
                out.add(v);
            }
        }
        return out;
    }

    /** Whether every word on these lines lies inside the grid. */
    boolean holds(PdfLine line) {
        Box b = line.box();
        float cy = b.y() + b.height() / 2;
        return !bands.isEmpty() && cy <= bands.get(0).top + SAME && cy >= bands.get(bands.size() - 1).bottom - SAME;
    }
}
