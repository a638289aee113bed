package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Where a value was read: nothing, a line of a text, or a line and a box on a PDF page. */
class SourceRefTest {

    @Test
    void noneIsNotKnownAndDescribesNothing() {
        assertThat(SourceRef.NONE.line()).isZero();
        assertThat(SourceRef.NONE.page()).isNull();
        assertThat(SourceRef.NONE.box()).isNull();
        assertThat(SourceRef.NONE.isKnown()).isFalse();
        assertThat(SourceRef.NONE.describe()).isEmpty();
        // line 0 is "no line": the one NONE, not a second unknown source
        assertThat(SourceRef.line(0)).isSameAs(SourceRef.NONE);
    }

    @Test
    void aLineOfTheText() {
        // line 126 of the reference holds 2120501 城乡社区环境卫生 of 预算收入总表
        SourceRef ref = SourceRef.line(126);
        assertThat(ref.line()).isEqualTo(126);
        assertThat(ref.page()).isNull();
        assertThat(ref.box()).isNull();
        assertThat(ref.isKnown()).isTrue();
        assertThat(ref.describe()).isEqualTo("第126行");
        assertThat(ref).isEqualTo(new SourceRef(126, null, null)).isNotEqualTo(SourceRef.line(127));
    }

    @Test
    void aPageAndABoxOfAPdf() {
        SourceRef.Box box = new SourceRef.Box(72f, 500f, 60f, 12f);
        SourceRef ref = SourceRef.onPage(126, 3, box);
        assertThat(ref.line()).isEqualTo(126);
        assertThat(ref.page()).isEqualTo(3);
        assertThat(ref.box()).isEqualTo(box);
        assertThat(ref.isKnown()).isTrue();
        assertThat(ref.describe()).isEqualTo("第3页，第126行");
        assertThat(SourceRef.line(126).withPage(3, box)).isEqualTo(ref);

        // a page without a line of extracted text is still a known place
        SourceRef pageOnly = new SourceRef(0, 5, null);
        assertThat(pageOnly.isKnown()).isTrue();
        assertThat(pageOnly.describe()).isEqualTo("第5页");
    }

    @Test
    void impossiblePlacesAreRejected() {
        assertThatThrownBy(() -> new SourceRef(-1, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceRef.onPage(1, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SourceRef.Box(0f, 0f, -1f, 10f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SourceRef.Box(0f, 0f, 10f, -0.5f)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUnionOfTwoBoxesHoldsBoth() {
        SourceRef.Box a = new SourceRef.Box(10f, 20f, 30f, 10f); // x 10..40, y 20..30
        SourceRef.Box b = new SourceRef.Box(35f, 5f, 20f, 10f); // x 35..55, y 5..15
        assertThat(a.union(b)).isEqualTo(new SourceRef.Box(10f, 5f, 45f, 25f));
        assertThat(b.union(a)).isEqualTo(a.union(b));
        assertThat(a.union(a)).isEqualTo(a);
    }
}
