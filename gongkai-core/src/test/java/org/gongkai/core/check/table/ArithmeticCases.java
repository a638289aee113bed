package org.gongkai.core.check.table;

import static org.gongkai.core.check.CaseDocuments.reference;
import static org.gongkai.core.check.TableEdits.cell;

import java.util.List;
import org.gongkai.core.check.RuleCase;

/**
 * 表内勾稽: one damage of the reference per rule; the reference itself adds up and passes. Figures
 * typed by hand from samples/shanxi-zonggai-jianguanbu-2026.txt (line numbers given).
 */
public final class ArithmeticCases {

    private ArithmeticCases() {
    }

    public static List<RuleCase> all() {
        return List.of(
                // line 143: T3 合计 48966.85 = 15.00 + 48875.05 + 76.80 (lines 144, 148, 160), printed 48966.80
                RuleCase.of("arith.total", "表三合计行合计列少计0.05",
                        () -> cell(reference(), "T3", 143, "total", "48966.80"), () -> reference(),
                        "表三“合计”行“合计”列", "各类之和 48966.85", "实际为 48966.80", "相差 0.05"),
                // line 124: 2120399 合计 5377.10 → 5377.00; its 款 21203 (line 123) stays 5377.10
                RuleCase.of("arith.hierarchy", "表二一项改动后所属款不再等于各项之和",
                        () -> cell(reference(), "T2", 124, "total", "5377.00"), () -> reference(),
                        "“21203 城乡社区公共设施”行", "所属各项之和 5377.00", "实际为 5377.10", "相差 0.10"),
                // line 143: T3 合计 48966.80 ≠ 基本支出 15.00 + 项目支出 48951.85
                RuleCase.of("arith.row-identity", "表三合计不等于基本支出与项目支出之和",
                        () -> cell(reference(), "T3", 143, "total", "48966.80"), () -> reference(),
                        "“基本支出”、“项目支出”之和 48966.85", "实际为 48966.80", "相差 0.05"),
                // line 99: T1 上年结转 168.29 → 168.20; 收入总计 (line 100) 48966.85 ≠ 48798.56 + 168.20
                RuleCase.of("arith.summary", "表一上年结转改动后收入总计不等于本年收入合计与上年结转之和",
                        () -> cell(reference(), "T1", 99, "incomeAmount", "168.20"), () -> reference(),
                        "表一“收入总计”行“收入金额”列", "“本年收入合计”与“上年结转”之和 48966.76", "实际为 48966.85",
                        "相差 0.09"));
    }
}
