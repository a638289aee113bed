package org.gongkai.core.check.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ToleranceTest {

    @Test
    void envelopeIsNPlusOneHalfUnits() {
        assertThat(Tolerance.envelope(3, 2)).isEqualByComparingTo("0.020");
        assertThat(Tolerance.envelope(1, 0)).isEqualByComparingTo("1.0");
    }

    @Test
    void outcomes() {
        assertThat(Tolerance.compare(new BigDecimal("10.00"), new BigDecimal("10.00"), 3)).isEqualTo(Tolerance.Outcome.EQUAL);
        assertThat(Tolerance.compare(new BigDecimal("10.00"), new BigDecimal("9.99"), 3)).isEqualTo(Tolerance.Outcome.ROUNDING);
        assertThat(Tolerance.compare(new BigDecimal("10.00"), new BigDecimal("9.98"), 3)).isEqualTo(Tolerance.Outcome.ROUNDING);
        assertThat(Tolerance.compare(new BigDecimal("10.00"), new BigDecimal("9.97"), 3)).isEqualTo(Tolerance.Outcome.MISMATCH);
        assertThat(Tolerance.compare(new BigDecimal("10.00"), new BigDecimal("10.05"), 3)).isEqualTo(Tolerance.Outcome.MISMATCH);
    }
}
