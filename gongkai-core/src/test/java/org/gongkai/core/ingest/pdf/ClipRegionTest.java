package org.gongkai.core.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.junit.jupiter.api.Test;

/** The clip as the reader tests glyphs against it: rectangles kept as rectangles, other shapes as areas. */
class ClipRegionTest {

    private static Path2D path(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    @Test
    void anUprightRectangleIsOneWhicheverWayItIsDrawn() {
        assertThat(ClipRegion.rectangle(path(10, 20, 110, 20, 110, 70, 10, 70))).isEqualTo(new Rectangle2D.Double(10, 20, 100, 50));
        assertThat(ClipRegion.rectangle(path(10, 70, 10, 20, 110, 20, 110, 70))).isEqualTo(new Rectangle2D.Double(10, 20, 100, 50));
        // drawn back to its first corner before closing
        assertThat(ClipRegion.rectangle(path(110, 70, 10, 70, 10, 20, 110, 20, 110, 70))).isEqualTo(new Rectangle2D.Double(10, 20, 100, 50));
    }

    @Test
    void otherShapesAreNotRectangles() {
        // turned by 45°, a triangle, an L of six corners
        assertThat(ClipRegion.rectangle(path(50, 0, 100, 50, 50, 100, 0, 50))).isNull();
        assertThat(ClipRegion.rectangle(path(0, 0, 100, 0, 0, 100))).isNull();
        assertThat(ClipRegion.rectangle(path(0, 0, 100, 0, 100, 50, 50, 50, 50, 100, 0, 100))).isNull();
        Path2D curve = new Path2D.Double();
        curve.moveTo(0, 0);
        curve.curveTo(10, 10, 20, 10, 30, 0);
        curve.closePath();
        assertThat(ClipRegion.rectangle(curve)).isNull();
    }

    @Test
    void nestedRectanglesAreTheirIntersectionAndOtherClipsTheirArea() {
        PDGraphicsState state = new PDGraphicsState(new PDRectangle(0, 0, 600, 800));
        ClipRegion clip = new ClipRegion();
        assertThat(clip.contains(state, 590, 790)).isTrue();
        state.intersectClippingPath(new GeneralPath(path(100, 100, 300, 100, 300, 200, 100, 200)));
        assertThat(clip.contains(state, 590, 790)).isFalse();
        assertThat(clip.contains(state, 150, 150)).isTrue();
        assertThat(clip.bounds(state)).isEqualTo(new Rectangle2D.Double(100, 100, 200, 100));
        // a triangle over the rectangle: only its lower right half stays in view
        state.intersectClippingPath(new GeneralPath(path(100, 100, 300, 100, 300, 200)));
        assertThat(clip.contains(state, 290, 110)).isTrue();
        assertThat(clip.contains(state, 110, 190)).isFalse();
        assertThat(clip.bounds(state).getMinX()).isEqualTo(100);
    }
}
