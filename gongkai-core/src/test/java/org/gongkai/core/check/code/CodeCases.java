package org.gongkai.core.check.code;

import static org.gongkai.core.check.CaseDocuments.reference;
import static org.gongkai.core.check.TableEdits.cell;

import java.util.List;
import org.gongkai.core.check.RuleCase;
import org.gongkai.core.model.Disclosure;

/**
 * 科目代码与名称: one code or name of the reference changed per rule; the reference passes. Codes
 * and names typed by hand from samples/shanxi-zonggai-jianguanbu-2026.txt (line numbers given) and
 * the 2026 catalogue.
 */
public final class CodeCases {

    private CodeCases() {
    }

    public static List<RuleCase> all() {
        return List.of(
                // line 128: T2 2120601 建设市场管理与监督 → 2120699 其他建设市场支出, a code the 2026 catalogue lacks
                RuleCase.of("code.exists", "表二科目编码不在当年目录中",
                        () -> cell(cell(reference(), "T2", 128, "code", "2120699"), "T2", 128, "name", "其他建设市场支出"),
                        () -> reference(),
                        "表二科目“2120699 其他建设市场支出”", "不在2026年支出功能分类科目目录中"),
                // line 231: T5 2120601 printed with eight digits
                RuleCase.of("code.exists", "表五科目编码位数不对",
                        () -> cell(reference(), "T5", 231, "code", "21206001"), () -> reference(), "21206001"),
                // line 155: T3 2120501 城乡社区环境卫生 printed 城乡环境卫生
                RuleCase.of("code.name", "表三科目名称与目录不符",
                        () -> cell(reference(), "T3", 155, "name", "城乡环境卫生"), () -> reference(),
                        "表三科目“2120501”的名称应为“城乡社区环境卫生”", "实际为“城乡环境卫生”"),
                // lines 128 (T2) and 157 (T3): 2120601 → 2120699, named differently in the two tables
                RuleCase.of("code.consistent", "目录未收录的同一编码在两表中名称不同",
                        () -> unknownCodeNamedTwice(), () -> reference(),
                        "科目“2120699”在表三中名为“建设市场其他支出”", "在表二中名为“其他建设市场支出”"),
                // line 78: T1 十二、城乡社区支出 printed 十二、农林水支出 (农林水支出 is 十三, line 79)
                RuleCase.of("code.class-name", "表一类名称用了另一类的名称",
                        () -> cell(reference(), "T1", 78, "expenditureItem", "十二、农林水支出"), () -> reference(),
                        "第十二类应为“城乡社区支出”（212）", "“农林水支出”是第十三类（213）"),
                // line 180: T4 十、卫生健康支出 printed with its pre-2019 name
                RuleCase.of("code.renamed", "表四使用已更名的类名称",
                        () -> cell(reference(), "T4", 180, "expenditureItem", "十、医疗卫生与计划生育支出"), () -> reference(),
                        "“医疗卫生与计划生育支出”是已停用的旧科目名称", "210类应为“卫生健康支出”"),
                // line 248: 办公设备购置 (under 资本性支出) replaced by 办公费, which is 30201 under 302
                RuleCase.of("code.economic", "表六经济科目列错类",
                        () -> cell(reference(), "T6", 248, "deptEconomicName", "办公费"), () -> reference(),
                        "表六经济科目“办公费”列在“310 资本性支出”类下", "该款属于30201（商品和服务支出）"));
    }

    private static Disclosure unknownCodeNamedTwice() {
        Disclosure d = cell(cell(reference(), "T2", 128, "code", "2120699"), "T2", 128, "name", "其他建设市场支出");
        return cell(cell(d, "T3", 157, "code", "2120699"), "T3", 157, "name", "建设市场其他支出");
    }
}
