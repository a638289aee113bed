package org.gongkai.core.check.code;

import org.gongkai.core.check.TableEdits;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.check.TableEdits.cell;
import static org.gongkai.core.check.TableEdits.check;

import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.model.Disclosure;
import org.junit.jupiter.api.Test;

/**
 * 科目代码与名称 on the reference and on damaged copies of it. Codes and names typed by hand from
 * samples/shanxi-zonggai-jianguanbu-2026.txt (line numbers given) and the 2026 catalogue.
 */
class CodeRulesTest {

    private static final List<Rule> RULES = CodeRules.all();
    private final Disclosure reference = Reference.disclosure();

    private static Finding only(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @Test
    void ruleIdsAndFamily() {
        assertThat(RULES).extracting(r -> r.info().id()).containsExactly("code.exists", "code.name", "code.consistent",
                "code.class-name", "code.renamed", "code.economic");
        assertThat(RULES).allSatisfy(r -> assertThat(r.info().category()).isEqualTo(Category.CODES));
    }

    @Test
    void everyCodeAndNameOfTheReferenceIsInTheCatalogue() {
        // T2/T3/T5: 201, 20103, 2010350, 212, 21201, 2120106, 21202, 2120201, 21203, 2120399, 21205, 2120501,
        // 21206, 2120601, 231, 23103, 2310399; T1/T4: the 30 类 in order; T6: 商品和服务支出, 办公费, 邮电费,
        // 会议费, 其他商品和服务支出, 资本性支出, 办公设备购置.
        assertThat(check(reference, RULES)).isEmpty();
    }

    @Test
    void wrongNameOfAKnownCode() {
        // line 155: T3 2120501 城乡社区环境卫生 printed 城乡环境卫生
        Disclosure d = cell(reference, "T3", 155, "name", "城乡环境卫生");
        Finding f = only(check(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("code.name|error|表三|2120501 城乡环境卫生|科目名称|155");
        assertThat(f.message()).isEqualTo("表三科目“2120501”的名称应为“城乡社区环境卫生”，实际为“城乡环境卫生”");
    }

    @Test
    void wrappedNamesAndHalfWidthBracketsAreTheSameName() {
        // line 116: 政府办公厅（室）及相关机构事务 with ASCII brackets; line 126: 城乡社区环境卫生 wrapped by a space
        // — the wrap raises nothing, the brackets a note
        Disclosure d = cell(cell(reference, "T2", 116, "name", "政府办公厅(室)及相关机构事务"), "T2", 126, "name", "城乡社区 环境卫生");
        Finding f = only(check(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("code.name|info|表二|20103 政府办公厅(室)及相关机构事务|科目名称|116");
    }

    @Test
    void economicNameWithHalfWidthBracketsIsFound() {
        // line 244: 邮电费 replaced by 因公出国(境)费用 (30212, printed with ASCII brackets) under 商品和服务支出
        assertThat(check(cell(reference, "T6", 244, "deptEconomicName", "因公出国(境)费用"), RULES)).isEmpty();
    }

    @Test
    void unknownCodeIsAWarningAndItsNamesMustAgree() {
        // line 128 (T2) and line 157 (T3): 2120601 replaced by 2120699, named differently in the two tables
        Disclosure d = cell(cell(reference, "T2", 128, "code", "2120699"), "T2", 128, "name", "其他建设市场支出");
        d = cell(cell(d, "T3", 157, "code", "2120699"), "T3", 157, "name", "建设市场其他支出");
        List<Finding> f = check(d, RULES);
        assertThat(f).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "code.exists|warning|表二|2120699 其他建设市场支出|科目编码|128",
                "code.exists|warning|表三|2120699 建设市场其他支出|科目编码|157",
                "code.consistent|error|表三|2120699 建设市场其他支出|科目名称|157");
        Finding consistent = f.stream().filter(x -> x.rule().equals("code.consistent")).findFirst().orElseThrow();
        assertThat(consistent.message())
                .isEqualTo("科目“2120699”在表三中名为“建设市场其他支出”，在表二中名为“其他建设市场支出”，同一科目名称应一致");
        Finding exists = f.stream().filter(x -> x.rule().equals("code.exists")).findFirst().orElseThrow();
        assertThat(exists.message()).isEqualTo("表二科目“2120699 其他建设市场支出”不在2026年支出功能分类科目目录中（目录可能未收录，请核实编码）");
    }

    @Test
    void malformedCode() {
        // line 231: T5 2120601 printed with eight digits
        Disclosure d = cell(reference, "T5", 231, "code", "21206001");
        Finding f = only(check(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("code.exists|error|表五|21206001 建设市场管理与监督|科目编码|231");
    }

    @Test
    void classRowWithTheNameOfAnotherClass() {
        // line 78: T1 十二、城乡社区支出 printed 十二、农林水支出 (农林水支出 is the 13th 类, 213)
        Disclosure d = cell(reference, "T1", 78, "expenditureItem", "十二、农林水支出");
        Finding f = only(check(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("code.class-name|error|表一|十二、农林水支出|支出项目|78");
        assertThat(f.message()).isEqualTo("表一“十二、农林水支出”：第十二类应为“城乡社区支出”（212），“农林水支出”是第十三类（213）");
    }

    @Test
    void classRowMisspelt() {
        // line 182: T4 十二、城乡社区支出 printed 十二、城乡社区事务支出
        Disclosure d = cell(reference, "T4", 182, "expenditureItem", "十二、城乡社区事务支出");
        Finding f = only(check(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("code.class-name|error|表四|十二、城乡社区事务支出|支出项目|182");
        assertThat(f.message()).isEqualTo("表四“十二、城乡社区事务支出”：第十二类应为“城乡社区支出”（212），实际为“城乡社区事务支出”");
    }

    @Test
    void oldNameOfARenamedClass() {
        // line 180: T4 十、卫生健康支出 printed with its pre-2019 name 医疗卫生与计划生育支出
        Disclosure d = cell(reference, "T4", 180, "expenditureItem", "十、医疗卫生与计划生育支出");
        Finding f = only(check(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("code.renamed|error|表四|十、医疗卫生与计划生育支出|支出项目|180");
        assertThat(f.message()).isEqualTo(
                "表四“十、医疗卫生与计划生育支出”：“医疗卫生与计划生育支出”是已停用的旧科目名称，2026年210类应为“卫生健康支出”");
    }

    @Test
    void sectionUnderTheWrongEconomicClass() {
        // line 248: 办公设备购置 (31002, under 资本性支出) replaced by 办公费, which is 30201 under 302
        Disclosure d = cell(reference, "T6", 248, "deptEconomicName", "办公费");
        Finding f = only(check(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("code.economic|error|表六|办公费|部门预算支出经济科目名称|248");
        assertThat(f.message()).isEqualTo("表六经济科目“办公费”列在“310 资本性支出”类下，但该款属于30201（商品和服务支出）");
    }

    @Test
    void unknownEconomicName() {
        // line 244: 邮电费 printed 通讯费, a name the catalogue does not have
        Disclosure d = cell(reference, "T6", 244, "deptEconomicName", "通讯费");
        Finding f = only(check(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("code.economic|warning|表六|通讯费|部门预算支出经济科目名称|244");
    }

    @Test
    void economicNamePrintedWithItsCode() {
        // line 243: 办公费 printed with its code — right, then with the name of 30202
        assertThat(check(cell(reference, "T6", 243, "deptEconomicName", "30201 办公费"), RULES)).isEmpty();
        Finding f = only(check(cell(reference, "T6", 243, "deptEconomicName", "30201 印刷费"), RULES));
        assertThat(TableEdits.where(f)).isEqualTo("code.economic|error|表六|30201 印刷费|部门预算支出经济科目名称|243");
        assertThat(f.message()).isEqualTo("表六经济科目“30201”的名称应为“办公费”，实际为“印刷费”");
    }
}
