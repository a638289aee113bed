package org.gongkai.core.check.cross;

import static org.gongkai.core.check.CaseDocuments.reference;
import static org.gongkai.core.check.TableEdits.cell;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.check.RuleCase;
import org.gongkai.core.check.TableEdits;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.TableRow;

/**
 * 表间勾稽: one damage of the reference per rule; the reference passes (for 机关运行经费, the reference
 * with 表十一 filled in as it should be). Figures typed by hand from
 * samples/shanxi-zonggai-jianguanbu-2026.txt (line numbers given).
 */
public final class CrossTableCases {

    private CrossTableCases() {
    }

    public static List<RuleCase> all() {
        return List.of(
                // line 67: T1 一、一般公共预算 48798.56 → 48798.50; T2 合计 (line 114) says 48798.56
                RuleCase.of("cross.revenue-total-summary", "表一一般公共预算收入改动后与表二合计不符",
                        () -> cell(reference(), "T1", 67, "incomeAmount", "48798.50"), () -> reference(),
                        "表二“合计”行“一般公共预算”列", "表一“一、一般公共预算”行“收入金额”列 48798.50", "实际为 48798.56",
                        "相差 0.06"),
                // line 155: T3 2120501 21776.80 → 21767.80; T2 line 126: 21694.90 + 81.90 = 21776.80
                RuleCase.of("cross.expenditure-revenue-codes", "表三一项支出数字颠倒",
                        () -> cell(cell(reference(), "T3", 155, "total", "21767.80"), "T3", 155, "project", "21767.80"),
                        () -> reference(),
                        "表三“2120501 城乡社区环境卫生”行“合计”列", "本年收入“合计”与“上年结转”之和 21776.80",
                        "实际为 21767.80", "相差 9.00"),
                // line 78: T1 十二、城乡社区支出 上年结转安排 91.49 → 19.49; T2 212 上年结转 (line 118) 91.49
                RuleCase.of("cross.summary-classes", "表一一类支出的上年结转安排与表二不符",
                        () -> cell(reference(), "T1", 78, "carryover", "19.49"), () -> reference(),
                        "表一“十二、城乡社区支出”行“上年结转安排”列", "表二该类“上年结转” 91.49", "实际为 19.49", "相差 72.00"),
                // line 203: T4 上年财政拨款结转 168.29 → 200.00; T1 上年结转 (line 99) 168.29
                RuleCase.of("cross.fiscal-summary-income", "表四上年财政拨款结转大于表一上年结转",
                        () -> cell(reference(), "T4", 203, "incomeAmount", "200.00"), () -> reference(),
                        "表四“上年财政拨款结转”行“收入金额”列 200.00", "表一“上年结转”行“收入金额”列 168.29", "超出 31.71"),
                // line 182: T4 十二、城乡社区支出 小计 48875.05 → 48783.56 (上年结转 91.49 left out)
                RuleCase.of("cross.fiscal-summary-classes", "表四一类支出小计漏计上年结转",
                        () -> cell(reference(), "T4", 182, "subtotal", "48783.56"), () -> reference(),
                        "财政拨款本年收入（三本预算）与“上年结转”之和 48875.05", "实际为 48783.56", "相差 91.49"),
                // line 182: T4 一般公共预算 48875.05 → 48700.00 < T5 212 48783.56 (line 221)
                RuleCase.of("cross.fiscal-classes-budgets", "表四一般公共预算列小于表五该类合计",
                        () -> cell(reference(), "T4", 182, "generalBudget", "48700.00"), () -> reference(),
                        "表五“212 城乡社区支出”行“合计”列 48783.56", "表四“十二、城乡社区支出”行“一般公共预算”列 48700.00",
                        "超出 83.56"),
                // line 225: T5 2120201 445.00 → 454.00; T2 line 122 一般公共预算 445.00
                RuleCase.of("cross.general-budget-revenue", "表五一项数字与表二一般公共预算列不符",
                        () -> cell(cell(reference(), "T5", 225, "total", "454.00"), "T5", 225, "project", "454.00"),
                        () -> reference(),
                        "表五“2120201 城乡社区规划与管理”行“合计”列", "表二同一科目“一般公共预算”列 445.00", "实际为 454.00",
                        "相差 9.00"),
                // T5 without lines 230–231 (21206 / 2120601 建设市场管理与监督 30.00)
                RuleCase.of("cross.general-budget-revenue", "表五缺少表二有一般公共预算的一款",
                        () -> TableEdits.table(reference(), "T5", t -> TableEdits.withRows(t,
                                t.rows().stream().filter(r -> r.line() != 230 && r.line() != 231).toList())),
                        () -> reference(),
                        "表五没有科目“21206 建设市场管理与监督”", "表二该科目“一般公共预算”列为 30.00"),
                // line 269: T8 合计 (blank) given 5.00 in 合计 and 项目支出; T2 合计 政府性基金 (line 114) is blank
                RuleCase.of("cross.government-fund-revenue", "表八合计有支出而表二没有政府性基金收入",
                        () -> cell(cell(reference(), "T8", 269, "total", "5.00"), "T8", 269, "project", "5.00"),
                        () -> reference(), "表八“合计”行“合计”列", "表二合计行“政府性基金”列", "实际为 5.00"),
                // line 284: T9 合计 支出 (blank) given 5.00 in 合计 and 项目支出; T2 合计 国有资本经营预算 (line 114) is blank
                RuleCase.of("cross.state-capital-revenue", "表九合计有支出而表二没有国有资本经营预算收入",
                        () -> cell(cell(reference(), "T9", 284, "total", "5.00"), "T9", 284, "project", "5.00"),
                        () -> reference(), "表九“合计”行“合计”列", "表二合计行“国有资本经营预算”列", "实际为 5.00"),
                // line 241: T6 合计 15.00 → 16.00; T5 合计 基本支出 (line 217) 15.00
                RuleCase.of("cross.basic-economic-total", "表六合计与表五基本支出不符",
                        () -> cell(reference(), "T6", 241, "total", "16.00"), () -> reference(),
                        "表五“合计”行“基本支出”列", "表六“合计”行“合计”列 16.00", "实际为 15.00", "相差 1.00"),
                // line 328: T12 部门行 一般公共预算 48783.56 → 48783.65; T5 项目支出 (line 217) 48783.56
                RuleCase.of("cross.current-projects-total", "表十二部门合计与表五项目支出不符",
                        () -> cell(reference(), "T12", 328, "generalBudget", "48783.65"), () -> reference(),
                        "表五“合计”行“项目支出”列 48783.56", "实际为 48783.65", "相差 0.09"),
                // line 385: T13 部门行 168.29 → 168.92; T2 上年结转 (line 114) 168.29
                RuleCase.of("cross.carryover-projects-total", "表十三部门合计与表二上年结转不符",
                        () -> cell(reference(), "T13", 385, "total", "168.92"), () -> reference(),
                        "表二“合计”行“上年结转”列 168.29", "实际为 168.92", "相差 0.63"),
                // lines 387/389: 31.00 → 30.64 and 9.59 → 9.95; no group of projects makes 9.59 (2120399)
                RuleCase.of("cross.carryover-projects-codes", "表十三结转项目不能按科目分组对应表二上年结转",
                        () -> cell(cell(cell(cell(reference(), "T13", 387, "total", "30.64"), "T13", 387, "generalBudget", "30.64"),
                                "T13", 389, "total", "9.95"), "T13", 389, "generalBudget", "9.95"),
                        () -> reference(),
                        "2120399 其他城乡社区公共设施支出=9.59", "2120501 城乡社区环境卫生=81.90",
                        "2310399 地方政府其他一般债务还本支出=76.80"),
                // line 245: 会议费 0.50 renamed 公务接待费 (30217); T10 公务接待费 (line 299) blank
                RuleCase.of("cross.three-public-basic", "表六有公务接待费而表十没有",
                        () -> cell(reference(), "T6", 245, "deptEconomicName", "公务接待费"), () -> reference(),
                        "表六“公务接待费”行“合计”列 0.50", "表十“公务接待费”行“一般公共预算”列 0（空白）", "超出 0.50"),
                // T11 部门合计 (line 315) 20.00 > T6 公用经费 (line 241) 15.00; passes at 15.00
                RuleCase.of("cross.agency-operating-basic", "表十一机关运行经费大于表六公用经费",
                        () -> agencyOperating("20.00"), () -> agencyOperating("15.00"),
                        "表十一“部门合计”行“合计”列 20.00", "表六“合计”行“公用经费”列 15.00", "超出 5.00"),
                // T10 公务接待费 (line 299) and 合计 (line 303) 2.00 with the note "注：本表无数据" kept
                RuleCase.of("cross.empty-note", "有金额的表十仍注明本表无数据",
                        () -> cell(cell(cell(cell(reference(), "T10", 299, "total", "2.00"), "T10", 299, "generalBudget", "2.00"),
                                "T10", 303, "total", "2.00"), "T10", 303, "generalBudget", "2.00"),
                        () -> reference(),
                        "表十注明“本表无数据”", "“公务接待费”行“合计”列 2.00（第299行）"),
                // T8 (line 262) blank, its note "注：本表无数据" (line 271) removed
                RuleCase.of("cross.empty-note", "空白的表八未注明本表无数据",
                        () -> TableEdits.table(reference(), "T8", t -> TableEdits.withNotes(t, List.of())), () -> reference(),
                        "表八没有任何金额", "未注明“本表无数据”"));
    }

    /** T11 with {@code amount} in 合计 and 一般公共预算 of every row, and no "本表无数据" note. */
    private static Disclosure agencyOperating(String amount) {
        return TableEdits.table(reference(), "T11", t -> {
            List<TableRow> rows = new ArrayList<>();
            for (TableRow r : t.rows()) {
                rows.add(new TableRow(List.of(r.cell(0), amount, amount, "", ""), r.line()));
            }
            return TableEdits.withNotes(TableEdits.withRows(t, rows), List.of());
        });
    }
}
