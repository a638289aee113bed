package org.gongkai.core.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gongkai.core.check.performance.PerformanceNames.Kind;
import org.junit.jupiter.api.Test;

/** How project names of the project tables and of the forms are compared. */
class PerformanceNamesTest {

    private static Kind kind(String a, String b) {
        return PerformanceNames.compare(a, b).kind();
    }

    @Test
    void spacesFromLineBreaksDoNotCount() {
        assertThat(kind("山西转型综合改革示范区道路建设 导则", "山西转型综合改革示范区道路建设导则")).isEqualTo(Kind.SAME);
    }

    @Test
    void bracketWidthIsAWidthDifference() {
        assertThat(kind("物业管理工作（非三定）", "物业管理工作(非三定)")).isEqualTo(Kind.WIDTH);
        assertThat(PerformanceNames.fold("ＰＰＰ（一期）")).isEqualTo("PPP(一期)");
    }

    @Test
    void oneOrTwoCharactersApartIsNear() {
        PerformanceNames.Similarity s = PerformanceNames.compare("临聘人员工资", "临时人员工资");
        assertThat(s.kind()).isEqualTo(Kind.NEAR);
        assertThat(s.distance()).isEqualTo(1);
        assertThat(kind("房屋市政领域招投标和建筑市场行为监督", "房屋市政领域招标投标和建筑市场行为监督")).isEqualTo(Kind.NEAR);
        assertThat(kind("城市道路养护维修费", "城市道路养护修理费")).isEqualTo(Kind.NEAR);
    }

    @Test
    void oneNameContainingTheOtherIsNear() {
        assertThat(kind("人防专项", "人防专项经费")).isEqualTo(Kind.NEAR);
    }

    @Test
    void theSameCharactersInAnotherOrderAreNear() {
        assertThat(kind("综合管廊建设", "管廊综合建设")).isEqualTo(Kind.NEAR);
    }

    @Test
    void shortNamesTwoCharactersApartAreDifferentProjects() {
        assertThat(kind("印刷费", "维修费")).isEqualTo(Kind.NONE);
        assertThat(kind("公务行", "人防专项")).isEqualTo(Kind.NONE);
        assertThat(kind("质量安全技术服务", "燃气安全生产技术服务")).isEqualTo(Kind.NONE);
    }

    @Test
    void editDistanceAndOverlap() {
        assertThat(PerformanceNames.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(PerformanceNames.editDistance("", "专网")).isEqualTo(2);
        assertThat(PerformanceNames.editDistance("专线", "专网")).isEqualTo(1);
        assertThat(PerformanceNames.overlap("abc", "abd")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(PerformanceNames.overlap("管廊综合", "综合管廊")).isEqualTo(1.0);
    }
}
