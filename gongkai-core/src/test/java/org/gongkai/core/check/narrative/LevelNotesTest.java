package org.gongkai.core.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The level notes found from their marks back are exactly what the pattern finds. */
class LevelNotesTest {

    @Test
    void namesBeforeTheirMarks() {
        List<NarrativeWordingRules.LevelNote> notes = NarrativeWordingRules.levelNotes(
                "主要用于城乡社区支出（类）城乡社区环境卫生（款）其他城乡社区环境卫生支出(项)，以及（类）");
        assertThat(notes).extracting(NarrativeWordingRules.LevelNote::name)
                .containsExactly("主要用于城乡社区支出", "城乡社区环境卫生", "其他城乡社区环境卫生支出", "以及");
        assertThat(notes).extracting(NarrativeWordingRules.LevelNote::level).containsExactly("类", "款", "项", "类");
        assertThat(notes.get(1).start()).isEqualTo("主要用于城乡社区支出（类）".length());
    }

    @Property(tries = 2000)
    void sameAsThePattern(@ForAll @StringLength(max = 120) @Chars({'支', '出', '类', '款', '项', '（', '）', '(', ')', '，', ' ', '“', '”', 'a'}) String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = NarrativeWordingRules.LEVEL_NOTE.matcher(text);
        while (m.find()) {
            expected.add(m.start() + ":" + m.group(1) + ":" + m.group(2));
        }
        List<String> found = NarrativeWordingRules.levelNotes(text).stream()
                .map(n -> n.start() + ":" + n.name() + ":" + n.level()).toList();
        assertThat(found).isEqualTo(expected);
    }

    @Property(tries = 300)
    void sameAsThePatternOnLongRuns(@ForAll @StringLength(min = 30, max = 200) @Chars({'支', '出', '（', '类', '）'}) String text) {
        sameAsThePattern(text);
    }
}
