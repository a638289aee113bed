package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 经济分类 codes stop at 款: 302 商品和服务支出, 30201 办公费, 31002 办公设备购置. */
class EconomicCodeTest {

    @Test
    void 类And款() {
        assertThat(EconomicCode.of("302").level()).isEqualTo(CodeLevel.CLASS);
        assertThat(EconomicCode.of("30201").level()).isEqualTo(CodeLevel.SECTION);
        assertThat(EconomicCode.of("30201").parent()).contains(EconomicCode.of("302"));
        assertThat(EconomicCode.of("302").parent()).isEmpty();
        assertThat(EconomicCode.of("31002").classCode()).isEqualTo(EconomicCode.of("310"));
        assertThat(EconomicCode.of("302").classCode()).isEqualTo(EconomicCode.of("302"));
        assertThat(EconomicCode.of("30201").parts()).containsExactly("302", "01");
    }

    @Test
    void a类HoldsIts款() {
        assertThat(EconomicCode.of("302").contains(EconomicCode.of("30217"))).isTrue();
        // 309 and 310 share names, never codes
        assertThat(EconomicCode.of("309").contains(EconomicCode.of("31002"))).isFalse();
        assertThat(EconomicCode.of("302").contains(FunctionCode.of("3020101"))).isFalse();
        assertThat(EconomicCode.of("30201").compareTo(EconomicCode.of("30202"))).isNegative();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"30", "3020", "3020101", "30a01", "办公费", " 302"})
    void whatIsNotAnEconomicCodeIsRejected(String text) {
        assertThat(EconomicCode.parse(text)).isEmpty();
        assertThatThrownBy(() -> EconomicCode.of(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
