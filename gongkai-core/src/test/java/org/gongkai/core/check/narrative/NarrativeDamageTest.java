package org.gongkai.core.check.narrative;

import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.TableRow;
import org.junit.jupiter.api.Test;

/**
 * One sentence of the reference narrative damaged at a time: exactly the expected rule fires, at the
 * right section and line, on top of the reference's own findings. Numbers typed by hand.
 */
class NarrativeDamageTest {

    private static final Disclosure REFERENCE = Reference.disclosure();

    /**
     * The findings at error or warning the damage added to those of the reference: a finding of the
     * reference counts as still there when one with the same message, or else the same rule,
     * severity, section and line, is found.
     */
    private static List<Finding> added(Disclosure damaged) {
        List<Finding> before = new ArrayList<>(NarrativeFixtures.serious(REFERENCE));
        List<Finding> rest = new ArrayList<>();
        for (Finding f : NarrativeFixtures.serious(damaged)) {
            int i = index(before, f, true);
            if (i >= 0) {
                before.remove(i);
            } else {
                rest.add(f);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : rest) {
            int i = index(before, f, false);
            if (i >= 0) {
                before.remove(i);
            } else {
                out.add(f);
            }
        }
        assertThat(before).as("findings of the reference that disappeared").isEmpty();
        return out;
    }

    private static int index(List<Finding> list, Finding f, boolean sameMessage) {
        for (int i = 0; i < list.size(); i++) {
            Finding b = list.get(i);
            if (NarrativeFixtures.key(b).equals(NarrativeFixtures.key(f)) && (!sameMessage || b.message().equals(f.message()))) {
                return i;
            }
        }
        return -1;
    }

    private static Finding single(Disclosure damaged, String rule, Severity severity, String section, int line) {
        List<Finding> added = added(damaged);
        assertThat(added).extracting(NarrativeFixtures::key).containsExactly(rule + "|" + severity.code() + "|" + section + "|" + line);
        return added.get(0);
    }

    @Test
    void wrongShare() {
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "占99.66%", "占99.56%"), "narr.share", Severity.ERROR,
                "二、收入预算情况说明", 402);
        assertThat(f.message()).contains("“一般公共预算拨款收入”", "99.66%", "文中为99.56%", "48798.56", "48966.85");
    }

    @Test
    void shareOffByOneHundredthIsOnlyInfo() {
        Disclosure d = NarrativeFixtures.replace(REFERENCE, "占99.66%", "占99.67%");
        assertThat(added(d)).isEmpty();
        assertThat(NarrativeFixtures.run(d)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("narr.share");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().line()).isEqualTo(402);
        });
    }

    @Test
    void directionWordsContradictEachOther() {
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "增长86.72%", "下降86.72%"), "narr.yoy-direction", Severity.ERROR,
                "五、一般公共预算支出情况说明", 421);
        assertThat(f.message()).contains("“增加”", "“下降”");
    }

    @Test
    void increaseOfZeroIsFlat() {
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "比上年增加22663.59万元，增长86.72%", "比上年增加0万元，增长0%"),
                "narr.yoy-direction", Severity.ERROR, "五、一般公共预算支出情况说明", 421);
        assertThat(f.message()).contains("持平");
    }

    @Test
    void wrongRate() {
        // 22769.98 ÷ (48966.85 − 22769.98 = 26196.87) × 100 = 86.9187 → 86.92
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "增长86.92%", "增长87.92%"), "narr.yoy-rate", Severity.ERROR,
                "一、部门预算收支数据变动情况及原因", 398);
        assertThat(f.message()).contains("86.92%", "文中为87.92%", "22769.98", "26196.87", "48966.85");
    }

    @Test
    void wrongAmountAgainstTable4() {
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "城乡社区支出48,875.05万元", "城乡社区支出48,857.05万元"),
                "narr.amount", Severity.ERROR, "四、财政拨款收支预算总体情况说明", 412);
        assertThat(f.message()).contains("“城乡社区支出”", "48857.05", "表四", "48875.05");
    }

    @Test
    void wrongAmountAgainstTable5() {
        // 48,783.65 ÷ 48,798.56 = 99.9694% still prints 99.97%: only the amount is wrong
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "城乡社区支出48,783.56万元", "城乡社区支出48,783.65万元"),
                "narr.amount", Severity.ERROR, "五、一般公共预算支出情况说明", 425);
        assertThat(f.message()).contains("48783.65", "表五“212 城乡社区支出”48783.56万元");
    }

    @Test
    void theClassFigureDependsOnTheSection() {
        // under 一般公共预算支出 城乡社区支出 is T5's 48,783.56, not T3/T4's 48,875.05 (which would also be
        // 100.16% of 48,798.56)
        List<Finding> added = added(NarrativeFixtures.replace(REFERENCE, "城乡社区支出48,783.56万元", "城乡社区支出48,875.05万元"));
        assertThat(added).extracting(NarrativeFixtures::key).containsExactly("narr.amount|error|五、一般公共预算支出情况说明|425",
                "narr.share|error|五、一般公共预算支出情况说明|425");
        assertThat(added.get(0).message()).contains("48875.05", "表五", "48783.56");
        assertThat(added.get(1).message()).contains("100.16%", "文中为99.97%");
    }

    @Test
    void templateLeftover() {
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "比上年增加22663.59万元", "比上年增加（减少）22663.59万元"),
                "narr.template-leftover", Severity.ERROR, "五、一般公共预算支出情况说明", 421);
        assertThat(f.message()).contains("增加（减少）");
    }

    @Test
    void emptyReasonIsALeftover() {
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "主要原因是PPP综合管廊缺口等补助类费用增加；", "主要原因是。"),
                "narr.template-leftover", Severity.ERROR, "一、部门预算收支数据变动情况及原因", 398);
        assertThat(f.message()).contains("原因是");
    }

    @Test
    void missingReason() {
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "，主要原因是PPP综合管廊缺口等补助类费用增加；", "；"),
                "narr.reason-missing", Severity.WARNING, "一、部门预算收支数据变动情况及原因", 398);
        assertThat(f.message()).contains("22769.98");
    }

    @Test
    void rateWhereLastYearWasZero() {
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "比上年增加22663.59万元，增长86.72%", "比上年增加48,798.56万元，增长100%"),
                "narr.new-item", Severity.ERROR, "五、一般公共预算支出情况说明", 421);
        assertThat(f.message()).contains("上年为0", "新增", "增长100%");
    }

    @Test
    void newItemWithARate() {
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "比上年增加22663.59万元，增长86.72%", "比上年新增48,798.56万元，增长100%"),
                "narr.new-item", Severity.ERROR, "五、一般公共预算支出情况说明", 421);
        assertThat(f.message()).contains("新增", "48798.56", "100%");
    }

    @Test
    void categoriesDoNotAddUp() {
        // 2,532.56 + 46,260.00 = 48,792.56 ≠ 48,783.56
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "涉及金额2,523.56万元", "涉及金额2,532.56万元"), "narr.count",
                Severity.ERROR, "十、绩效管理情况", 459);
        assertThat(f.message()).contains("48792.56", "48783.56");
    }

    @Test
    void projectCountAgainstTable12() {
        List<Finding> added = added(NarrativeFixtures.replace(REFERENCE, "二级项目44个", "二级项目45个"));
        assertThat(added).extracting(NarrativeFixtures::key).containsExactly("narr.count|error|十、绩效管理情况|459",
                "narr.count|error|十、绩效管理情况|459");
        assertThat(added).anySatisfy(f -> assertThat(f.message()).contains("45个", "表十二项目共44个"));
        assertThat(added).anySatisfy(f -> assertThat(f.message()).contains("个数之和为44个", "45个"));
    }

    @Test
    void procurementPartsDoNotAddUp() {
        Procurement p = REFERENCE.procurement();
        Procurement damaged = new Procurement(p.total(), Amount.wan("145.40"), p.works(), p.services(), p.line());
        // 145.40 + 0 + 3946.36 = 4091.76
        Finding f = single(NarrativeFixtures.withProcurement(REFERENCE, damaged), "narr.procurement-sum", Severity.ERROR,
                "九、政府采购情况", 449);
        assertThat(f.message()).contains("4100.76", "4091.76");
    }

    @Test
    void moneyForAnEmptyThreePublicTable() {
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "本部门无“三公”经费预算", "本部门“三公”经费预算5.00万元"),
                "narr.empty-table-claim", Severity.ERROR, "七、“三公”经费增减变动原因说明", 441);
        assertThat(f.message()).contains("表十无数据", "5.00");
    }

    @Test
    void noneWhileTheThreePublicTableHasMoney() {
        Finding f = single(NarrativeFixtures.withTable(REFERENCE, t10WithReception()), "narr.empty-table-claim", Severity.ERROR,
                "七、“三公”经费增减变动原因说明", 441);
        assertThat(f.message()).contains("称无“三公”经费", "表十“合计”5.00万元");
    }

    @Test
    void noneForAnItemThatHasNoMoneyIsRight() {
        Disclosure d = NarrativeFixtures.replace(NarrativeFixtures.withTable(REFERENCE, t10WithReception()), "本部门无“三公”经费预算",
                "本部门“三公”经费预算5.00万元，全部为公务接待费。因公出国（境）费：无");
        assertThat(added(d)).isEmpty();
        Disclosure wrong = NarrativeFixtures.replace(NarrativeFixtures.withTable(REFERENCE, t10WithReception()), "本部门无“三公”经费预算",
                "本部门“三公”经费预算5.00万元。公务接待费：无");
        assertThat(added(wrong)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("narr.empty-table-claim");
            assertThat(f.message()).contains("称无“公务接待费”", "5.00万元");
        });
    }

    /** T10 with 公务接待费 5.00 万元 and no "本表无数据" note. */
    private static PrintedTable t10WithReception() {
        PrintedTable t10 = REFERENCE.table("T10").orElseThrow();
        List<TableRow> rows = t10.rows().stream().map(r -> {
            String item = r.cell(0);
            if (item.equals("公务接待费") || item.equals("合计")) {
                return new TableRow(List.of(item, "5.00", "5.00", "", ""), r.line());
            }
            return r;
        }).toList();
        return new PrintedTable(t10.id(), t10.role(), t10.name(), t10.label(), t10.title(), t10.department(), t10.unit(), t10.headerRows(), t10.columns(), rows,
                List.of(), t10.source());
    }

    @Test
    void classNameThatIsNotTheTables() {
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "城乡社区支出48,875.05万元", "城乡社区事务支出48,875.05万元"),
                "narr.name", Severity.ERROR, "四、财政拨款收支预算总体情况说明", 412);
        assertThat(f.message()).contains("城乡社区事务支出", "城乡社区支出", "表四");
    }

    @Test
    void formerClassName() {
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "债务还本支出76.80万元等", "债务还本支出76.80万元、医疗卫生与计划生育支出0万元等"),
                "narr.name", Severity.ERROR, "四、财政拨款收支预算总体情况说明", 412);
        assertThat(f.message()).contains("医疗卫生与计划生育支出", "210", "卫生健康支出");
    }

    @Test
    void economicItemNotInTable6() {
        Finding f = single(NarrativeFixtures.replace(REFERENCE, "主要包括：会议费、", "主要包括：差旅费、会议费、"), "narr.name",
                Severity.ERROR, "六、一般公共预算基本支出情况说明", 437);
        assertThat(f.message()).contains("差旅费", "表六");
    }
}
