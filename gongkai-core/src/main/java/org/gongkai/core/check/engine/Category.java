package org.gongkai.core.check.engine;

/** Rule families (domain.md §3–4). */
public enum Category {
    /** 表内勾稽: totals, 类=Σ款=Σ项, row identities */
    ARITHMETIC("表内勾稽"),
    /** 表间勾稽: T1↔T2↔…, 三公, 机关运行经费, empty tables */
    CROSS_TABLE("表间勾稽"),
    /** 情况说明与报表: amounts, shares, year-on-year, counts, template leftovers */
    NARRATIVE("情况说明与报表"),
    /** 绩效目标表 */
    PERFORMANCE("绩效目标表"),
    /** 科目代码与名称 */
    CODES("科目代码与名称"),
    /** 完整性与目录 */
    COMPLETENESS("完整性与目录"),
    /** 版面: what the reader of a PDF sees */
    LAYOUT("版面"),
    /** 审读: what a careful reviewer checks in the text of a published disclosure */
    REVIEW("审读");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
