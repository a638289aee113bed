package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 支出功能分类科目 codes of the reference (212 城乡社区支出, 21205, 2120501 城乡社区环境卫生) as values. */
class FunctionCodeTest {

    @Test
    void theLevelFollowsTheDigits() {
        assertThat(FunctionCode.of("212").level()).isEqualTo(CodeLevel.CLASS);
        assertThat(FunctionCode.of("21205").level()).isEqualTo(CodeLevel.SECTION);
        assertThat(FunctionCode.of("2120501").level()).isEqualTo(CodeLevel.ITEM);
        assertThat(List.of(CodeLevel.CLASS.digits(), CodeLevel.SECTION.digits(), CodeLevel.ITEM.digits()))
                .containsExactly(3, 5, 7);
    }

    @Test
    void parentsGoUpOneLevelToThe类() {
        FunctionCode item = FunctionCode.of("2120501");
        assertThat(item.parent()).contains(FunctionCode.of("21205"));
        assertThat(FunctionCode.of("21205").parent()).contains(FunctionCode.of("212"));
        assertThat(FunctionCode.of("212").parent()).isEmpty();
        assertThat(item.classCode()).isEqualTo(FunctionCode.of("212"));
        assertThat(FunctionCode.of("212").classCode()).isEqualTo(FunctionCode.of("212"));
        // 2310399 地方政府其他一般债务还本支出 is under 23103, under 231 债务还本支出
        assertThat(FunctionCode.of("2310399").parent().flatMap(FunctionCode::parent)).contains(FunctionCode.of("231"));
        assertThat(CodeLevel.ITEM.parentOf("2120501")).isEqualTo("21205");
        assertThat(CodeLevel.SECTION.parentOf("21205")).isEqualTo("212");
        assertThat(CodeLevel.CLASS.parentOf("212")).isNull();
    }

    @Test
    void partsAsPrintedIn类款项Columns() {
        assertThat(FunctionCode.of("2120501").parts()).containsExactly("212", "05", "01");
        assertThat(FunctionCode.of("21205").parts()).containsExactly("212", "05");
        assertThat(FunctionCode.of("212").parts()).containsExactly("212");
    }

    @Test
    void a类HoldsIts款And项AndNothingElse() {
        FunctionCode urban = FunctionCode.of("212");
        assertThat(urban.contains(FunctionCode.of("21205"))).isTrue();
        assertThat(urban.contains(FunctionCode.of("2120501"))).isTrue();
        assertThat(urban.contains(urban)).isTrue();
        assertThat(urban.contains(FunctionCode.of("2310399"))).isFalse();
        assertThat(FunctionCode.of("2120501").contains(urban)).isFalse();
        // a 经济分类 code is another kind of code, even with the same digits
        assertThat(FunctionCode.of("302").contains(EconomicCode.of("30201"))).isFalse();
    }

    @Test
    void codesCompareByTheirDigits() {
        List<FunctionCode> codes = Arrays.asList(FunctionCode.of("231"), FunctionCode.of("2120501"), FunctionCode.of("201"),
                FunctionCode.of("212"));
        codes.sort(null);
        assertThat(codes).extracting(FunctionCode::digits).containsExactly("201", "212", "2120501", "231");
        assertThat(FunctionCode.of("2120501")).isEqualTo(FunctionCode.parse("2120501").orElseThrow());
        assertThat(FunctionCode.of("2120501").toString()).isEqualTo("2120501");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"21", "2120", "212050", "21205011", "21a05", "212 05", " 212", "合计", "-212"})
    void whatIsNotACodeIsRejected(String text) {
        assertThat(FunctionCode.parse(text)).isEmpty();
        assertThatThrownBy(() -> FunctionCode.of(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
