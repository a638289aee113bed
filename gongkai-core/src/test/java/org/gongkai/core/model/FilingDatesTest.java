package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilingDatesTest {

    @Test
    void everyPrintedFormOfADateIsOneDate() {
        // the reference's forms print a system timestamp; other documents print the date written out
        assertThat(FilingDates.normalised("20251224150159")).isEqualTo("2025-12-24");
        assertThat(FilingDates.normalised("20251224")).isEqualTo("2025-12-24");
        assertThat(FilingDates.normalised("2025-12-24")).isEqualTo("2025-12-24");
        assertThat(FilingDates.normalised("2025/12/4")).isEqualTo("2025-12-04");
        assertThat(FilingDates.normalised("2025年12月24日")).isEqualTo("2025-12-24");
        assertThat(FilingDates.normalised(" 2025.1.5 15:01 ")).isEqualTo("2025-01-05");
    }

    @Test
    void aMalformedDateIsKeptAsPrintedForTheChecksToReport() {
        assertThat(FilingDates.normalised("20251324150159")).isEqualTo("20251324150159"); // month 13
        assertThat(FilingDates.normalised("2025-02-30")).isEqualTo("2025-02-30");
        assertThat(FilingDates.normalised("十二月")).isEqualTo("十二月");
        assertThat(FilingDates.normalised(null)).isEmpty();
        assertThat(FilingDates.parse("20251324")).isEmpty();
    }
}
