package org.gongkai.core.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects a page's ruling lines: thin filled rectangles (how office software draws cell borders,
 * also when drawn with lines: {@link PathRectangles})
 * and stroked straight segments, horizontal or vertical, turned into the page's visible coordinates.
 * Curves, images and shadings are ignored; at most {@link #MAX_RULINGS} are kept.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    static final int MAX_RULINGS = 20_000;

    private final float llx;
    private final float lly;
    private final float width;
    private final float height;
    private final int rotation;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    private boolean painted;
    /** The current path as drawn, for a clip that ends it. */
    private final java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath();
    private int pendingClip = -1;
    /** Origins of glyphs whose body is drawn outside the clip, in visible coordinates, keyed by {@link #key(float, float)}. */
    private final java.util.Set<Long> clippedGlyphs = new java.util.HashSet<>();
    private final ClipRegion clip = new ClipRegion();

    RulingCollector(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        llx = box.getLowerLeftX();
        lly = box.getLowerLeftY();
        width = box.getWidth();
        height = box.getHeight();
        rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    List<Ruling> collect() throws IOException {
        processPage(getPage());
        return rulings;
    }

    /** Whether the page painted a path or an image (known after {@link #collect()}). */
    boolean drawsSomething() {
        return painted;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rectangles.add(new float[] {x0, y0, x1, y1});
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        segments.add(new float[] {(float) current.getX(), (float) current.getY(), x, y});
        path.lineTo(x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x1, y1, x2, y2, x3, y3);
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        painted |= !segments.isEmpty() || !rectangles.isEmpty();
        for (float[] s : segments) {
            add(Math.min(s[0], s[2]), Math.min(s[1], s[3]), Math.max(s[0], s[2]), Math.max(s[1], s[3]), true);
        }
        for (float[] r : rectangles) {
            // a stroked rectangle is four edges
            add(r[0], r[1], r[2], r[1], true);
            add(r[0], r[3], r[2], r[3], true);
            add(r[0], r[1], r[0], r[3], true);
            add(r[2], r[1], r[2], r[3], true);
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        painted |= !segments.isEmpty() || !rectangles.isEmpty();
        for (float[] r : rectangles) {
            add(r[0], r[1], r[2], r[3], false);
        }
        for (float[] r : PathRectangles.of(segments)) {
            add(r[0], r[1], r[2], r[3], false);
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // applied when the path is ended (W n), as a viewer does
        pendingClip = windingRule;
    }

    @Override
    protected void showGlyph(org.apache.pdfbox.util.Matrix m, org.apache.pdfbox.pdmodel.font.PDFont font, int code,
            org.apache.pdfbox.util.Vector displacement) throws IOException {
        super.showGlyph(m, font, code, displacement);
        float x = m.getTranslateX();
        float y = m.getTranslateY();
        // hidden when the glyph's body is: a clip edge just above the baseline (a wrapped line at
        // the foot of its cell) leaves most of the glyph in view
        Point2D.Float body = m.transformPoint(displacement.getX() / 2, BODY);
        if (!clip.contains(getGraphicsState(), body.x, body.y) && clippedGlyphs.size() < MAX_RULINGS * 10) {
            float[] v = visible(x, y);
            clippedGlyphs.add(key(v[0], v[1]));
        }
    }

    /** The height above the baseline, in ems, of the point that tells whether a glyph is shown. */
    private static final float BODY = 0.3f;

    /** A glyph origin (visible x, y from the bottom) rounded to a point, as a key. */
    static long key(float x, float y) {
        return (Math.round(x) * 100_000L) + Math.round(y);
    }

    /** Whether a glyph whose origin is at (x, y) in visible coordinates was drawn outside the clip. */
    boolean clipped(float x, float y) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                if (clippedGlyphs.contains(key(x + dx, y + dy))) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean clipsAnyText() {
        return !clippedGlyphs.isEmpty();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        painted = true;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        painted = true;
    }

    private void clearPath() {
        if (pendingClip >= 0) {
            java.awt.geom.GeneralPath clip = new java.awt.geom.GeneralPath(path);
            clip.setWindingRule(pendingClip);
            getGraphicsState().intersectClippingPath(clip);
            pendingClip = -1;
        }
        path.reset();
        segments.clear();
        rectangles.clear();
    }

    private void add(float x0, float y0, float x1, float y1, boolean stroked) {
        float w = x1 - x0;
        float h = y1 - y0;
        boolean horizontal = h <= Ruling.MAX_THICKNESS && w >= Ruling.MIN_LENGTH;
        boolean vertical = w <= Ruling.MAX_THICKNESS && h >= Ruling.MIN_LENGTH;
        if (!stroked && !horizontal && !vertical || stroked && w > Ruling.MAX_THICKNESS && h > Ruling.MAX_THICKNESS) {
            return;
        }
        if (rulings.size() >= MAX_RULINGS) {
            return;
        }
        float[] a = visible(x0, y0);
        float[] b = visible(x1, y1);
        rulings.add(new Ruling(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])));
    }

    /** User space → the visible page (crop box origin, turned by /Rotate clockwise). */
    private float[] visible(float x, float y) {
        float u = x - llx;
        float v = y - lly;
        return switch (rotation) {
            case 90 -> new float[] {v, width - u};
            case 180 -> new float[] {width - u, height - v};
            case 270 -> new float[] {height - v, u};
            default -> new float[] {u, v};
        };
    }
}
