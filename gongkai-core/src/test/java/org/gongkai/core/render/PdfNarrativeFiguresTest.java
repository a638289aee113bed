package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shares and growth rates printed in the published PDF's narrative, read back with PDFBox,
 * equal the values computed by hand from the reference's tables.
 */
class PdfNarrativeFiguresTest {

    private static String text() {
        // join the pages and drop line breaks: a figure may wrap at the end of a line
        return String.join("", RenderedReference.pageTexts()).replaceAll("\\s+", "");
    }

    private static List<String> all(String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text());
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void sharesAndRatesEqualTheHandComputedValues() {
        String t = text();
        // 48,798.56 ÷ 48,966.85 = 0.996563… → 99.66%; 168.29 ÷ 48,966.85 = 0.003436… → 0.34%
        assertThat(t).contains("一般公共预算拨款收入48,798.56万元，占99.66%", "上年结转168.29万元，占0.34%");
        // 15.00 ÷ 48,966.85 = 0.000306… → 0.03%; 48,951.85 ÷ 48,966.85 = 0.999693… → 99.97%
        assertThat(t).contains("基本支出15.00万元，占0.03%", "项目支出48,951.85万元，占99.97%");
        // 22,769.98 ÷ (48,966.85 − 22,769.98 = 26,196.87) = 0.869187… → 86.92%
        assertThat(t).contains("比上年增加22,769.98万元，增长86.92%");
        // 22,663.59 ÷ (48,798.56 − 22,663.59 = 26,134.97) = 0.867175… → 86.72%
        assertThat(t).contains("比上年增加22,663.59万元，增长86.72%");
        // 一般公共预算 by 类 over 48,798.56: 15.00 → 0.03%, 48,783.56 → 99.969… → 99.97%
        assertThat(t).contains("一般公共服务支出15.00万元，占0.03%", "城乡社区支出48,783.56万元，占99.97%");
        // every share printed is one of those (or 0.00% for the sources without money)
        assertThat(all("占\\d+\\.\\d+%")).allSatisfy(s -> assertThat(s).isIn("占99.66%", "占0.34%", "占0.03%", "占99.97%", "占0.00%"));
        assertThat(all("(增长|下降)\\d+\\.\\d+%")).containsOnly("增长86.92%", "增长86.72%");
    }
}
