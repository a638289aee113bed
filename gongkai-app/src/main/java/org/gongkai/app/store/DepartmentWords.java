package org.gongkai.app.store;

import java.util.Arrays;
import java.util.Optional;

/**
 * The words only the department knows (须由部门填写的文字), as the editor's form asks for them: each
 * is one field of the facts' texts ({@code DisclosureTexts}), its label, and what to write.
 */
public enum DepartmentWords {
    REVENUE_CHANGE("revenueChangeReason", "收入增减的主要原因", "如：人员调整、项目增加等"),
    EXPENDITURE_CHANGE("expenditureChangeReason", "支出增减的主要原因", "如：人员调整、项目增加等"),
    GENERAL_BUDGET_CHANGE("generalBudgetChangeReason", "一般公共预算当年支出增减的主要原因", "如：新增某项目、人员经费调整等"),
    PERSONNEL_COVERS("personnelCovers", "人员经费主要包括", "如：基本工资、津贴补贴、奖金、社会保障缴费等"),
    OPERATING_COVERS("operatingCovers", "公用经费主要包括", "如：办公费、水电费、邮电费、差旅费等"),
    THREE_PUBLIC_CHANGE("threePublicChangeReason", "“三公”经费增减的原因", "如：严格控制公务接待、车辆减少等"),
    AGENCY_OPERATING_CHANGE("agencyOperatingChangeReason", "机关运行经费增减的原因", "如：厉行节约、压减一般性支出等"),
    PURCHASE_SERVICES("purchaseServicesCatalogue", "政府购买服务情况", "没有时填“无”"),
    OTHER_NOTES("otherNotes", "其他需要说明的事项", "没有时填“无”");

    /** At most this many characters in one field. */
    public static final int MAX_LENGTH = 2000;

    private final String field;
    private final String label;
    private final String hint;

    DepartmentWords(String field, String label, String hint) {
        this.field = field;
        this.label = label;
        this.hint = hint;
    }

    /** The field's name in the facts JSON ({@code texts.…}) and in the form. */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public static Optional<DepartmentWords> ofField(String field) {
        return Arrays.stream(values()).filter(w -> w.field.equals(field)).findFirst();
    }
}
