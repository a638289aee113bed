package org.gongkai.core.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cell borders an HTML renderer fills as line-built quads ("m l l l l h f") are rectangles. */
class PathRectanglesTest {

    @Test
    void aClosedQuadOfFourLinesIsARectangle() {
        // the bottom border of a cell: 48.19..238.61 × 663.08..663.68, drawn clockwise from the top left
        List<float[]> r = PathRectangles.of(List.of(
                new float[] {48.19f, 663.68f, 238.61f, 663.68f},
                new float[] {238.61f, 663.68f, 238.61f, 663.08f},
                new float[] {238.61f, 663.08f, 48.19f, 663.08f},
                new float[] {48.19f, 663.08f, 48.19f, 663.68f}));
        assertThat(r).hasSize(1);
        assertThat(r.get(0)).containsExactly(48.19f, 663.08f, 238.61f, 663.68f);
    }

    @Test
    void threeLinesCloseImplicitlyTwoQuadsInOnePathAreTwo() {
        List<float[]> r = PathRectangles.of(List.of(
                new float[] {10, 10, 20, 10}, new float[] {20, 10, 20, 11}, new float[] {20, 11, 10, 11},
                new float[] {30, 0, 30, 50}, new float[] {30, 50, 30.6f, 50}, new float[] {30.6f, 50, 30.6f, 0},
                new float[] {30.6f, 0, 30, 0}));
        assertThat(r).hasSize(2);
        assertThat(r.get(1)).containsExactly(30f, 0f, 30.6f, 50f);
    }

    @Test
    void anOpenPolylineOrASlantedQuadIsNot() {
        assertThat(PathRectangles.of(List.of(new float[] {0, 0, 10, 0}, new float[] {10, 0, 10, 10}))).isEmpty();
        assertThat(PathRectangles.of(List.of(
                new float[] {0, 0, 10, 1}, new float[] {10, 1, 10, 11}, new float[] {10, 11, 0, 10},
                new float[] {0, 10, 0, 0}))).isEmpty();
    }
}
