package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * 项目支出绩效目标表: one per project. Money in 元 as printed.
 *
 * @param title                the form title as printed
 * @param projectName          项目名称 (wrapping spaces removed)
 * @param competentDepartment  主管部门及代码 as printed, e.g. "608-山西…管理部"
 * @param departmentCode       the code part of it ("608"), null if not printed
 * @param implementingUnit     实施单位
 * @param attribute            项目属性, e.g. "经常性项目(长期开展)"
 * @param projectTerm          项目期, e.g. "99年"
 * @param periodFunds          项目资金 for 实施期
 * @param annualFunds          项目资金 for 年度
 * @param overview             项目概况
 * @param basis                立项依据
 * @param necessity            项目设立必要性
 * @param measures             保证项目实施的制度、措施
 * @param plan                 项目实施计划
 * @param periodGoal           总体目标, 实施期目标
 * @param annualGoal           总体目标, 年度目标
 * @param periodIndicators     the indicator tree of the 实施期 column
 * @param annualIndicators     the indicator tree of the 年度 column
 * @param groups               (一级, 二级) groups as printed in the 实施期 column, empty ones included
 * @param responsible          负责人
 * @param handler              经办人
 * @param phone                联系电话
 * @param filingDate           填报日期 as printed (e.g. "20251224150159")
 * @param missing              values the reader looked for and did not find
 * @param source               where the form starts
 * @param end                  where the form ends (its last line)
 */
public record PerformanceTarget(
        String title,
        String projectName,
        String competentDepartment,
        String departmentCode,
        String implementingUnit,
        String attribute,
        String projectTerm,
        FundsBreakdown periodFunds,
        FundsBreakdown annualFunds,
        String overview,
        String basis,
        String necessity,
        String measures,
        String plan,
        String periodGoal,
        String annualGoal,
        List<Indicator> periodIndicators,
        List<Indicator> annualIndicators,
        List<IndicatorGroup> groups,
        String responsible,
        String handler,
        String phone,
        String filingDate,
        List<ReadingNote> missing,
        SourceRef source,
        SourceRef end) {

    public PerformanceTarget {
        source = source == null ? SourceRef.NONE : source;
        end = end == null ? SourceRef.NONE : end;
        periodIndicators = List.copyOf(periodIndicators);
        annualIndicators = List.copyOf(annualIndicators);
        groups = List.copyOf(groups);
        missing = List.copyOf(missing);
    }

    /** The first line of the form (0 when unknown); the whole place is {@link #source()}. */
    @JsonIgnore
    public int line() {
        return source.line();
    }

    /** The last line of the form (0 when unknown). */
    @JsonIgnore
    public int endLine() {
        return end.line();
    }
}
