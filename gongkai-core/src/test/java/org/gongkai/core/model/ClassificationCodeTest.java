package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A code printed in 类|款|项 cells joined back into its digits, blank leading parts from the row above. */
class ClassificationCodeTest {

    private static java.util.Optional<String> join(String context, String... cells) {
        return ClassificationCode.joinParts(Arrays.asList(cells), context);
    }

    @Test
    void allPartsPrinted() {
        assertThat(join(null, "212", "05", "01")).contains("2120501");
        assertThat(join(null, "212", "05", "")).contains("21205");
        assertThat(join(null, "212", "", "")).contains("212");
        assertThat(join(null, "212")).contains("212");
        assertThat(join(null, " 212 ", " 05", "01 ")).contains("2120501");
    }

    @Test
    void aSingleDigit款Or项IsItsTwoDigitPart() {
        assertThat(join(null, "212", "5", "1")).contains("2120501");
    }

    @Test
    void blankLeadingPartsComeFromTheContext() {
        // 款 row under 212: the 类 left blank
        assertThat(join("212", "", "05", "")).contains("21205");
        // 项 row under 21205: 类 and 款 left blank
        assertThat(join("21205", "", "", "01")).contains("2120501");
        // the next 项 under a 项 of the same 款
        assertThat(join("2120399", "", "", "98")).contains("2120398");
        // a new 款 under a 项 of another 款 of the same 类
        assertThat(join("2120399", "", "05", "01")).contains("2120501");
        // a new 类 needs no context
        assertThat(join("2120501", "231", "03", "99")).contains("2310399");
    }

    @Test
    void noCodeWhereTheCellsHoldNone() {
        assertThat(join(null, "", "", "")).isEmpty();
        assertThat(join("2120501", "", "", "")).isEmpty();
        assertThat(join(null, "合计", "", "")).isEmpty();
        assertThat(join(null, "", "05", "01")).isEmpty(); // blank 类 and nothing above
        assertThat(join("212", "", "", "01")).isEmpty(); // blank 款 and the row above printed no 款
        assertThat(join(null, "21", "05", "01")).isEmpty();
        assertThat(join(null, "212", "005", "")).isEmpty();
        assertThat(join(null, "212", "0a", "")).isEmpty();
        assertThat(ClassificationCode.joinParts(Arrays.asList(null, null, null), null)).isEmpty();
        assertThat(ClassificationCode.joinParts(List.of(), "212")).isEmpty();
    }
}
