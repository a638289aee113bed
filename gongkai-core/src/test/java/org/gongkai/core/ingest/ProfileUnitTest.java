package org.gongkai.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.TableSpec;
import org.junit.jupiter.api.Test;

/**
 * The unit of a table whose text has no "单位：" line is its profile's, and the disclosure's
 * amountUnit is the unit its tables were read in: a document of a profile in 元 reads in 元. The
 * rows are the reference's (lines 217–218) in 元: 15.00万元 = 150,000.00元.
 */
class ProfileUnitTest {

    /** One table, printed in 元. */
    private static final Profile IN_YUAN = new Profile("in-yuan", "测试：以元为单位", List.of(
            new TableSpec("Y1", "表一", "{year}年一般公共预算支出表", TableRole.GENERAL_BUDGET_BY_FUNCTION,
                    List.of(List.of("科目编码", "科目名称", "合计")),
                    List.of(new Column("code", "科目编码", ColumnType.CODE), new Column("name", "科目名称", ColumnType.TEXT),
                            new Column("total", "合计", ColumnType.AMOUNT)),
                    List.of(), MoneyUnit.YUAN, null)),
            "注：本表无数据", "第二部分 {year}年部门预算报表", null);

    private static List<String> text(String unitLine) {
        List<String> lines = new ArrayList<>(List.of(
                "某某单位",
                "2026年度部门预算公开",
                "第一部分 概况",
                "一、本部门职责",
                "负责某某工作。",
                "第二部分 2026年部门预算报表",
                "2026年一般公共预算支出表",
                "部门名称：某某单位"));
        if (unitLine != null) {
            lines.add(unitLine);
        }
        lines.addAll(List.of(
                "科目编码\t科目名称\t合计",
                "合计\t\t150000.00",
                "201\t一般公共服务支出\t150000.00",
                "第三部分 2026年度部门预算情况说明",
                "一、政府采购情况",
                "政府采购预算总额3500元，其中：货物预算1000元、工程预算0元、服务预算2500元。"));
        return lines;
    }

    @Test
    void aTableWithoutAUnitLineIsReadInItsProfilesUnit() {
        Disclosure d = new TextDisclosureReader(IN_YUAN).parse("yuan.txt", text(null));
        PrintedTable t = d.table(TableRole.GENERAL_BUDGET_BY_FUNCTION).orElseThrow();
        assertThat(t.unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(t.name()).isEqualTo("表一");
        assertThat(d.metadata().amountUnit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(d.readingNotes()).extracting(n -> n.message())
                .containsExactly("表一未注明金额单位，按模板的单位（元）读取");
        assertThat(d.readingNotes().get(0).line()).isEqualTo(7);
    }

    @Test
    void theTablesOwnUnitLineWins() {
        Disclosure d = new TextDisclosureReader(IN_YUAN).parse("wan.txt", text("单位：万元"));
        assertThat(d.table(TableRole.GENERAL_BUDGET_BY_FUNCTION).orElseThrow().unit()).isEqualTo(MoneyUnit.WAN);
        assertThat(d.metadata().amountUnit()).isEqualTo(MoneyUnit.WAN);
        assertThat(d.readingNotes()).isEmpty();
    }

    @Test
    void procurementAmountsKeepTheUnitTheTextPrints() {
        Disclosure d = new TextDisclosureReader(IN_YUAN).parse("yuan.txt", text(null));
        assertThat(d.procurement().total().unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(d.procurement().total().value()).isEqualByComparingTo("3500");
        assertThat(d.procurement().goods().value()).isEqualByComparingTo("1000");
        assertThat(d.procurement().works().value()).isEqualByComparingTo("0");
        assertThat(d.procurement().services().value()).isEqualByComparingTo("2500");
        assertThat(d.procurement().services().unit()).isEqualTo(MoneyUnit.YUAN);
    }
}
