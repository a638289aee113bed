package org.gongkai.core.check.layout;

import java.util.List;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.model.ReadingNote;

/**
 * Rules of the family 版面: what the reader of a published PDF sees, as its reader noted it — a
 * page with nothing on it, and text that the text layer holds but no viewer shows (drawn off the
 * page, or cut off by the sheet's print area or its cell) unless another page shows it.
 */
public final class LayoutRules {

    static final Rule BLANK_PAGE = Rule.of("layout.blank-page", Category.LAYOUT, Severity.WARNING,
            "PDF中没有空白页（没有文字、线条或图片的页面，如目录后多出的一页）",
            LayoutRules::blankPage);

    static final Rule HIDDEN_TEXT = Rule.of("layout.hidden-text", Category.LAYOUT, Severity.ERROR,
            "PDF文本层中的文字都能被读者看到：没有画在页面之外、被打印区域或单元格裁掉而别处也不显示的文字",
            LayoutRules::hiddenText);

    private LayoutRules() {
    }

    public static List<Rule> all() {
        return List.of(BLANK_PAGE, HIDDEN_TEXT);
    }

    private static void blankPage(CheckContext c, Findings out) {
        report(c, out, ReadingNote.BLANK_PAGE);
    }

    private static void hiddenText(CheckContext c, Findings out) {
        report(c, out, ReadingNote.HIDDEN_TEXT);
    }

    private static void report(CheckContext c, Findings out, String field) {
        for (ReadingNote n : c.disclosure().readingNotes()) {
            if (field.equals(n.field())) {
                out.report(n.message(), Location.ofDocument(null, n.source()), n.source().page() == null
                        ? Findings.evidence() : Findings.evidence(Evidence.PAGE, Integer.toString(n.source().page())));
            }
        }
    }
}
