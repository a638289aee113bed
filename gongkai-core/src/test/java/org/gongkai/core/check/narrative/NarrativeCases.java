package org.gongkai.core.check.narrative;

import static org.gongkai.core.check.CaseDocuments.generated;
import static org.gongkai.core.check.CaseDocuments.reference;
import static org.gongkai.core.check.narrative.NarrativeFixtures.replace;

import java.util.List;
import org.gongkai.core.check.RuleCase;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Procurement;

/**
 * 情况说明与报表: one sentence of 第三部分 damaged per rule. The reference passes the rules it does not
 * break; where it has real mistakes (shares, a reason, the count of forms) the passing document is
 * the reference repaired or a generated one. Figures typed by hand from
 * samples/shanxi-zonggai-jianguanbu-2026.txt (line numbers given) and a calculator.
 */
public final class NarrativeCases {

    private NarrativeCases() {
    }

    public static List<RuleCase> all() {
        return List.of(
                // line 412: 城乡社区支出48,875.05万元 (T4 line 182) printed 48,857.05
                RuleCase.of("narr.amount", "文中类支出金额与表四不符",
                        () -> replace(reference(), "城乡社区支出48,875.05万元", "城乡社区支出48,857.05万元"), () -> reference(),
                        "“城乡社区支出”", "48857.05", "表四", "48875.05"),
                // line 402: 48,798.56 ÷ 48,966.85 = 99.6563% → 99.66%, printed 99.56% (the other shares repaired)
                RuleCase.of("narr.share", "一般公共预算拨款收入占比算错",
                        () -> replace(sharesRepaired(), "占99.66%", "占99.56%"), NarrativeCases::sharesRepaired,
                        "“一般公共预算拨款收入”", "99.66%", "文中为99.56%", "48798.56", "48966.85"),
                // line 402 as printed: 上年结转 168.29 ÷ 48,966.85 = 0.3437% → 0.34%, printed 占0%
                RuleCase.of("narr.share", "上年结转占比印为0%（参考文本原有错误）",
                        () -> reference(), NarrativeCases::sharesRepaired,
                        "“上年结转”", "0.34%", "168.29", "48966.85", "文中为0%"),
                // line 398: 22,769.98 ÷ (48,966.85 − 22,769.98 = 26,196.87) = 86.9187% → 86.92%, printed 87.92%
                RuleCase.of("narr.yoy-rate", "增长率算错",
                        () -> replace(reference(), "增长86.92%", "增长87.92%"), () -> reference(),
                        "86.92%", "文中为87.92%", "22769.98", "26196.87", "48966.85"),
                // line 421: 比上年增加22663.59万元，增长86.72% → 下降86.72%
                RuleCase.of("narr.yoy-direction", "增加额配下降率",
                        () -> replace(reference(), "增长86.72%", "下降86.72%"), () -> reference(),
                        "“增加”", "“下降”"),
                // line 421: a new item (上年为零) given a rate of growth
                RuleCase.of("narr.new-item", "新增项目给出增长率",
                        () -> replace(reference(), "比上年增加22663.59万元，增长86.72%", "比上年新增48,798.56万元，增长100%"),
                        () -> reference(),
                        "新增", "48798.56", "100%"),
                // line 459: 其他运转类 2,523.56 → 2,532.56; 2,532.56 + 46,260.00 = 48,792.56 ≠ 48,783.56
                RuleCase.of("narr.count", "分类项目金额之和不等于总额",
                        () -> replace(reference(), "涉及金额2,523.56万元", "涉及金额2,532.56万元"), () -> generated(),
                        "48792.56", "48783.56"),
                // line 459 as printed: 公开项目绩效目标44个, the document attaches 43 forms (质量安全技术服务 has none)
                RuleCase.of("narr.count", "公开绩效目标个数多于所附绩效目标表（参考文本原有错误）",
                        () -> reference(), () -> generated(), "44个", "43张"),
                // line 449: 货物 154.40 → 145.40; 145.40 + 0 + 3,946.36 = 4,091.76 ≠ 4,100.76
                RuleCase.of("narr.procurement-sum", "政府采购分项之和不等于总额",
                        () -> procurementGoods("145.40"), () -> reference(), "4100.76", "4091.76"),
                // line 421 as printed: 比上年增加22663.59万元，增长86.72%。 — no reason given
                RuleCase.of("narr.reason-missing", "一般公共预算当年支出增加未说明原因（参考文本原有错误）",
                        () -> reference(), NarrativeCases::reasonGiven, "22663.59", "未说明增减原因"),
                // line 421: 比上年增加22663.59万元 → 比上年增加（减少）22663.59万元
                RuleCase.of("narr.template-leftover", "留有模板文字“增加（减少）”",
                        () -> replace(reference(), "比上年增加22663.59万元", "比上年增加（减少）22663.59万元"), () -> reference(),
                        "增加（减少）"),
                // line 441: 本部门无“三公”经费预算 → 本部门“三公”经费预算5.00万元; T10 (lines 290ff.) has no data
                RuleCase.of("narr.empty-table-claim", "表十无数据而文中称有“三公”经费",
                        () -> replace(reference(), "本部门无“三公”经费预算", "本部门“三公”经费预算5.00万元"), () -> reference(),
                        "表十无数据", "5.00"),
                // line 412: 城乡社区支出 (T4 line 182) printed 城乡社区事务支出
                RuleCase.of("narr.name", "文中类名称与表四不符",
                        () -> replace(reference(), "城乡社区支出48,875.05万元", "城乡社区事务支出48,875.05万元"), () -> reference(),
                        "城乡社区事务支出", "城乡社区支出", "表四"),
                // line 412: the 210 类 named by its pre-2019 name
                RuleCase.of("narr.name", "文中使用已更名的旧类名称",
                        () -> replace(reference(), "债务还本支出76.80万元等", "债务还本支出76.80万元、医疗卫生与计划生育支出0万元等"),
                        () -> reference(),
                        "医疗卫生与计划生育支出", "210", "卫生健康支出"));
    }

    /**
     * The reference with its two wrong shares repaired: line 402 上年结转 占0.34% (168.29 ÷ 48,966.85),
     * line 459 占项目支出总额的99.66% (48,783.56 ÷ 48,951.85 = 99.6562%).
     */
    private static Disclosure sharesRepaired() {
        return replace(replace(reference(), "上年结转168.29万元，占0%", "上年结转168.29万元，占0.34%"),
                "项目支出总额的99.9%", "项目支出总额的99.66%");
    }

    /** The reference with line 421 giving the reason of the increase. */
    private static Disclosure reasonGiven() {
        return replace(reference(), "增长86.72%。", "增长86.72%，主要原因是PPP综合管廊缺口等补助类费用增加。");
    }

    /** The reference with 政府采购货物预算 (line 449) {@code goods} 万元. */
    private static Disclosure procurementGoods(String goods) {
        Procurement p = reference().procurement();
        return NarrativeFixtures.withProcurement(reference(),
                new Procurement(p.total(), Amount.wan(goods), p.works(), p.services(), p.line()));
    }
}
