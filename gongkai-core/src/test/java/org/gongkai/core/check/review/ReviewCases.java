package org.gongkai.core.check.review;

import static org.gongkai.core.check.CaseDocuments.reference;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.check.RuleCase;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.model.TextBlock;

/**
 * 审读: the reference with sentences typed in (one right, one wrong). The reference's own two
 * mistakes (its first paragraph ends without 。; it says 无机关运行经费 beside 公用经费 15.00万元)
 * are the flagged documents of those rules, the reference mended their passing ones.
 */
public final class ReviewCases {

    /** 表五 of the reference prints 2120501 城乡社区环境卫生 21694.90 and 2120601 建设市场管理与监督 30.00. */
    private static final String CLEAN = "1.“城乡社区支出（类）城乡社区环境卫生（款）城乡社区环境卫生（项）”21,694.90万元，主要用于环境卫生。";

    private ReviewCases() {
    }

    public static List<RuleCase> all() {
        return List.of(
                RuleCase.of("review.item-amount", "编制说明的科目金额与表五不符（21,649.90万元，表中21694.90）",
                        () -> withItems("1.“城乡社区支出（类）城乡社区环境卫生（款）城乡社区环境卫生（项）”21,649.90万元，主要用于环境卫生。"),
                        () -> withItems(CLEAN), "为21,649.90万元", "2120501为21694.90万元"),
                RuleCase.of("review.item-figures", "本年数大于上年数却写“减少”",
                        () -> withItems("1.“城乡社区支出（类）建设市场管理与监督（款）建设市场管理与监督（项）”30.00万元，"
                                + "上年数为25.00万元，本年预算安排30.00万元，比上年预算减少5.00万元，下降20.00%。"),
                        () -> withItems("1.“城乡社区支出（类）建设市场管理与监督（款）建设市场管理与监督（项）”30.00万元，"
                                + "上年数为25.00万元，本年预算安排30.00万元，比上年预算增加5.00万元，增长20.00%。"),
                        "应为“增加”，说明写“减少”"),
                RuleCase.of("review.item-figures", "增减率写成了25%（(30−25)÷25＝20%）",
                        () -> withItems("1.“城乡社区支出（类）建设市场管理与监督（款）建设市场管理与监督（项）”30.00万元，"
                                + "上年数为25.00万元，本年预算安排30.00万元，比上年预算增加5.00万元，增长25.00%。"),
                        () -> withItems(CLEAN), "增减率应为20.00%，说明写25.00%"),
                RuleCase.of("review.item-figures", "“本年预算安排”与该项金额不同",
                        () -> withItems("1.“城乡社区支出（类）建设市场管理与监督（款）建设市场管理与监督（项）”30.00万元，"
                                + "上年数为25.00万元，本年预算安排35.00万元，比上年预算增加10.00万元。"),
                        () -> withItems(CLEAN), "“本年预算安排”却为35.00万元"),
                RuleCase.of("review.item-figures", "比上年减少，原因却写“经费增加”",
                        () -> withItems("1.“城乡社区支出（类）建设市场管理与监督（款）建设市场管理与监督（项）”30.00万元，"
                                + "上年数为35.00万元，本年预算安排30.00万元，比上年预算减少5.00万元。主要原因是：监督经费增加。"),
                        () -> withItems("1.“城乡社区支出（类）建设市场管理与监督（款）建设市场管理与监督（项）”30.00万元，"
                                + "上年数为35.00万元，本年预算安排30.00万元，比上年预算减少5.00万元。主要原因是：监督经费减少。"),
                        "比上年减少，所说的原因却是“监督经费增加”"),
                RuleCase.of("review.compared-year", "2026年预算与“2026年”相比",
                        () -> withItems("1.“城乡社区支出（类）建设市场管理与监督（款）建设市场管理与监督（项）”30.00万元，"
                                + "2026年预算数为25.00万元，本年预算安排30.00万元，比2026年预算增加5.00万元。"),
                        () -> withItems("1.“城乡社区支出（类）建设市场管理与监督（款）建设市场管理与监督（项）”30.00万元，"
                                + "2025年预算数为25.00万元，本年预算安排30.00万元，比2025年预算增加5.00万元。"),
                        "预算年度为2026年", "比2026年预算增加5.00万元"),
                RuleCase.of("review.subject-names", "“其它城乡社区公共设施支出”（表中为“其他…”）",
                        () -> withItems("1.“城乡社区支出（类）城乡社区公共设施（款）其它城乡社区公共设施支出（项）”5,377.10万元，主要用于公共设施。"),
                        () -> withItems("1.“城乡社区支出（类）城乡社区公共设施（款）其他城乡社区公共设施支出（项）”5,377.10万元，主要用于公共设施。"),
                        "项名称写作“其它城乡社区公共设施支出”，表中为“其他城乡社区公共设施支出”"),
                RuleCase.of("review.template-text", "遗留“增加（减少）XX万元”",
                        () -> replaced("比上年增加22663.59万元", "2026年度山西转型综合改革示范区建设与公用事业管理部一般公共预算当年支出"
                                + "48,798.56万元，比上年增加（减少）XX万元，增长86.72%。"),
                        () -> reference(), "遗留模板文字“增加（减少）”"),
                RuleCase.of("review.template-text", "“主要原因是”后无内容",
                        () -> replaced("比上年增加22663.59万元", "2026年度山西转型综合改革示范区建设与公用事业管理部一般公共预算当年支出"
                                + "48,798.56万元，比上年增加22663.59万元，增长86.72%，主要原因是。"),
                        () -> reference(), "遗留模板文字“主要原因是。”"),
                RuleCase.of("review.punctuation", "第一段以“补助类费用增加”结束，没有句号（参考文件第398行）",
                        () -> reference(), ReviewCases::mended, "这一段（项）没有以句号结束", "补助类费用增加"),
                RuleCase.of("review.punctuation", "引号不成对",
                        () -> replaced(mended(), "本部门无“三公”经费预算", "本部门无“三公经费预算。"),
                        ReviewCases::mended, "这一段的引号不成对", "本部门无“三公经费预算。"),
                RuleCase.of("review.punctuation", "句号重复",
                        () -> replaced(mended(), "本部门无“三公”经费预算", "本部门无“三公”经费预算。。"),
                        ReviewCases::mended, "句号重复“。。”"),
                RuleCase.of("review.document-kind", "单位预算称“部门预算”",
                        () -> withKind(reference(), DisclosureKind.UNIT), () -> reference(),
                        "这是单位预算，说明却称“部门预算”", "部门预算收支数据变动情况及原因"),
                RuleCase.of("review.document-kind", "部门预算称“本单位”",
                        () -> replaced("本部门无“三公”经费预算", "本单位无“三公”经费预算。"), () -> reference(),
                        "这是部门预算，说明却称“本单位”", "本单位无“三公”经费预算。"),
                RuleCase.of("review.empty-table-note", "国有资本经营预算表的表注写“无政府性基金预算”",
                        () -> withNote(TableRole.STATE_CAPITAL, "注：本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。"),
                        () -> withNote(TableRole.STATE_CAPITAL, "注：本部门2026年无国有资本经营预算财政拨款安排的预算，故本表为空表。"),
                        "表注说的是“政府性基金”而不是“国有资本经营”"),
                RuleCase.of("review.three-public-text", "表十注明无数据，说明却写“三公”经费3.00万元",
                        () -> replaced("本部门无“三公”经费预算", "2026年“三公”经费预算数为3.00万元，与上年预算持平。"),
                        () -> reference(), "表注称“注：本表无数据”", "“三公”经费3.00万元"),
                RuleCase.of("review.three-public-text", "增减额为零却写“增加0万元”",
                        () -> replaced("本部门无“三公”经费预算", "2026年“三公”经费预算数为0万元，比上年预算增加0万元。"),
                        () -> replaced("本部门无“三公”经费预算", "2026年“三公”经费预算数为0万元，与上年预算持平。"),
                        "增减额为零应写“持平”"),
                RuleCase.of("review.agency-operating", "称无机关运行经费，表六公用经费为15.00万元（参考文件第445行）",
                        () -> reference(), ReviewCases::mended, "本部门无机关运行经费", "公用经费”为15.00万元"));
    }

    /** The reference with its two mistakes mended: the first paragraph closed with 。, 机关运行经费 stated as 公用经费. */
    static Disclosure mended() {
        Disclosure d = reference();
        NarrativeSection first = d.narrative().sections().get(0);
        String text = first.paragraphs().get(0).text();
        d = replaced(d, text.substring(0, 30), text + "。");
        return replaced(d, "本部门无机关运行经费", "2026年本部门机关运行经费15.00万元，与基本支出中的公用经费一致。");
    }

    static Disclosure withItems(String... items) {
        Disclosure r = mended();
        List<TextBlock> paras = new ArrayList<>();
        paras.add(new TextBlock("财政拨款支出主要内容如下：", 0));
        for (String s : items) {
            paras.add(new TextBlock(s, 0));
        }
        List<NarrativeSection> sections = new ArrayList<>(r.narrative().sections());
        sections.add(new NarrativeSection("十三", "财政拨款支出主要内容", paras, 0));
        return withNarrative(r, new Narrative(r.narrative().heading(), sections));
    }

    static Disclosure replaced(String containing, String text) {
        return replaced(reference(), containing, text);
    }

    static Disclosure replaced(Disclosure r, String containing, String text) {
        List<NarrativeSection> sections = new ArrayList<>();
        boolean done = false;
        for (NarrativeSection s : r.narrative().sections()) {
            List<TextBlock> paras = new ArrayList<>();
            for (TextBlock b : s.paragraphs()) {
                if (!done && b.text().contains(containing)) {
                    paras.add(new TextBlock(text, b.source()));
                    done = true;
                } else {
                    paras.add(b);
                }
            }
            sections.add(new NarrativeSection(s.number(), s.heading(), paras, s.source()));
        }
        if (!done) {
            throw new IllegalArgumentException("no paragraph of the reference contains " + containing);
        }
        return withNarrative(r, new Narrative(r.narrative().heading(), sections));
    }

    private static Disclosure withNarrative(Disclosure r, Narrative n) {
        return new Disclosure(r.metadata(), r.tableOfContents(), r.overview(), r.tables(), n, r.performanceTargets(),
                r.procurement(), r.assets(), r.glossary(), r.readingNotes());
    }

    static Disclosure withKind(Disclosure r, DisclosureKind kind) {
        Metadata m = r.metadata();
        Metadata k = new Metadata(m.title(), m.region(), m.department(), m.unitCode(), m.fiscalYear(), m.phase(), kind,
                m.profile(), m.amountUnit(), m.sourceName());
        return new Disclosure(k, r.tableOfContents(), r.overview(), r.tables(), r.narrative(), r.performanceTargets(),
                r.procurement(), r.assets(), r.glossary(), r.readingNotes());
    }

    private static Disclosure withNote(TableRole role, String note) {
        Disclosure r = reference();
        List<PrintedTable> tables = new ArrayList<>();
        for (PrintedTable t : r.tables()) {
            tables.add(t.role() != role ? t : new PrintedTable(t.id(), t.role(), t.name(), t.label(), t.title(), t.department(),
                    t.unit(), t.headerRows(), t.columns(), t.rows(), List.of(note), t.source()));
        }
        return new Disclosure(r.metadata(), r.tableOfContents(), r.overview(), tables, r.narrative(), r.performanceTargets(),
                r.procurement(), r.assets(), r.glossary(), r.readingNotes());
    }
}
