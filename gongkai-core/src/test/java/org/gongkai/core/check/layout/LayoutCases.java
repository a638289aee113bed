package org.gongkai.core.check.layout;

import static org.gongkai.core.check.CaseDocuments.reference;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.check.RuleCase;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.ReadingNote;
import org.gongkai.core.model.SourceRef;

/** 版面: the reference with a reader's note of a blank page or of hidden text added; the reference passes. */
public final class LayoutCases {

    private LayoutCases() {
    }

    public static List<RuleCase> all() {
        return List.of(
                RuleCase.of("layout.blank-page", "目录后的第3页为空白页",
                        () -> withNote(new ReadingNote(ReadingNote.BLANK_PAGE, SourceRef.onPage(0, 3, null), "第3页为空白页")),
                        () -> reference(), "第3页为空白页"),
                RuleCase.of("layout.hidden-text", "表格中的文字被单元格裁掉",
                        () -> withNote(new ReadingNote(ReadingNote.HIDDEN_TEXT,
                                SourceRef.onPage(120, 9, new SourceRef.Box(66, 93, 214, 10)),
                                "第9页的文字“其他城乡社区住宅支出”未正常显示（超出页面或被单元格裁剪）")),
                        () -> reference(), "未正常显示（超出页面或被单元格裁剪）"));
    }

    private static Disclosure withNote(ReadingNote note) {
        Disclosure r = reference();
        List<ReadingNote> notes = new ArrayList<>(r.readingNotes());
        notes.add(note);
        return new Disclosure(r.metadata(), r.tableOfContents(), r.overview(), r.tables(), r.narrative(), r.performanceTargets(),
                r.procurement(), r.assets(), r.glossary(), notes);
    }
}
