package org.gongkai.core.catalogue;

import org.gongkai.core.model.CodeLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Facts typed by hand from the 2026 seed disclosure (山西综改示范区建设与公用事业管理部) and the
 * 2024/2025 上海市普陀区 disclosures.
 */
class CatalogueTest {

    private final Catalogue c2026 = Catalogue.forYear(2026);

    @Test
    void the2026FunctionClassesAreTheThirtyOfTheSeedsTable1() {
        List<CatalogueEntry> classes = c2026.functionClasses();
        assertThat(classes).hasSize(30);
        assertThat(classes.get(0)).isEqualTo(new CatalogueEntry("201", "一般公共服务支出", CodeLevel.CLASS, null));
        assertThat(classes.get(29).name()).isEqualTo("抗疫特别国债安排的支出");
        assertThat(classes).extracting(CatalogueEntry::code).containsExactly(
                "201", "202", "203", "204", "205", "206", "207", "208", "209", "210",
                "211", "212", "213", "214", "215", "216", "217", "219", "220", "221",
                "222", "223", "224", "227", "229", "230", "231", "232", "233", "234");
        assertThat(c2026.function("227")).map(CatalogueEntry::name).contains("预备费");
        assertThat(c2026.function("223")).map(CatalogueEntry::name).contains("国有资本经营预算支出");
        assertThat(c2026.function("233")).map(CatalogueEntry::name).contains("债务发行费用支出");
        assertThat(classes).filteredOn(e -> !e.code().equals("227"))
                .allSatisfy(e -> assertThat(e.name()).endsWith("支出"));
    }

    @Test
    void everyCodePrintedInTheSeedsTables2_3_5IsPresentWithItsName() {
        Map<String, String> printed = Map.ofEntries(
                Map.entry("201", "一般公共服务支出"),
                Map.entry("20103", "政府办公厅（室）及相关机构事务"),
                Map.entry("2010350", "事业运行"),
                Map.entry("212", "城乡社区支出"),
                Map.entry("21201", "城乡社区管理事务"),
                Map.entry("2120106", "工程建设管理"),
                Map.entry("21202", "城乡社区规划与管理"),
                Map.entry("2120201", "城乡社区规划与管理"),
                Map.entry("21203", "城乡社区公共设施"),
                Map.entry("2120399", "其他城乡社区公共设施支出"),
                Map.entry("21205", "城乡社区环境卫生"),
                Map.entry("2120501", "城乡社区环境卫生"),
                Map.entry("21206", "建设市场管理与监督"),
                Map.entry("2120601", "建设市场管理与监督"),
                Map.entry("231", "债务还本支出"),
                Map.entry("23103", "地方政府一般债务还本支出"),
                Map.entry("2310399", "地方政府其他一般债务还本支出"));
        printed.forEach((code, name) ->
                assertThat(c2026.function(code)).as(code).map(CatalogueEntry::name).contains(name));
    }

    @Test
    void levelsAndParentsFollowTheDigits() {
        assertThat(c2026.function("2120501")).contains(
                new CatalogueEntry("2120501", "城乡社区环境卫生", CodeLevel.ITEM, "21205"));
        assertThat(c2026.function("21205")).contains(
                new CatalogueEntry("21205", "城乡社区环境卫生", CodeLevel.SECTION, "212"));
        assertThat(c2026.function("212")).contains(
                new CatalogueEntry("212", "城乡社区支出", CodeLevel.CLASS, null));
        assertThat(c2026.deptEconomic("31002")).contains(
                new CatalogueEntry("31002", "办公设备购置", CodeLevel.SECTION, "310"));
    }

    @Test
    void childrenInCodeOrder() {
        assertThat(c2026.functionChildren("212")).extracting(CatalogueEntry::code)
                .containsExactly("21201", "21202", "21203", "21205", "21206", "21299");
        assertThat(c2026.functionChildren("212 03")).extracting(CatalogueEntry::toString)
                .containsExactly("2120399 其他城乡社区公共设施支出");
        assertThat(c2026.functionChildren("231")).extracting(CatalogueEntry::code).containsExactly("23103");
        assertThat(c2026.functionChildren("2120501")).isEmpty();
        assertThat(c2026.functionChildren("999")).isEmpty();
        assertThat(c2026.functionChildren(null)).isEmpty();
    }

    @Test
    void codesAreAcceptedAsPrinted() {
        assertThat(Catalogue.normalizeCode("2120501")).isEqualTo("2120501");
        assertThat(Catalogue.normalizeCode("212 05 01")).isEqualTo("2120501");
        assertThat(Catalogue.normalizeCode("212-05-01")).isEqualTo("2120501");
        assertThat(Catalogue.normalizeCode(" 212\u300005\t01 ")).isEqualTo("2120501");
        assertThat(Catalogue.normalizeCode("301   2")).as("普陀 2024 table 8 prints 津贴补贴 as 301 2").isEqualTo("30102");
        assertThat(Catalogue.normalizeCode(null)).isNull();
        assertThat(Catalogue.normalizeCode("  ")).isNull();
        assertThat(Catalogue.normalizeCode("合计")).isNull();
        assertThat(Catalogue.normalizeCode("-")).isNull();
        assertThat(c2026.function("212 05 01")).map(CatalogueEntry::name).contains("城乡社区环境卫生");
        assertThat(c2026.function("231-03-99")).map(CatalogueEntry::name).contains("地方政府其他一般债务还本支出");
        assertThat(c2026.function("2120502")).isEmpty();
        assertThat(c2026.function(null)).isEmpty();
    }

    @Test
    void deptEconomicCodesOfTheSeedsTable6() {
        assertThat(c2026.deptEconomicClasses()).extracting(CatalogueEntry::code)
                .containsExactly("301", "302", "303", "307", "309", "310", "399");
        Map<String, String> table6 = Map.of(
                "302", "商品和服务支出", "30201", "办公费", "30207", "邮电费", "30215", "会议费",
                "30299", "其他商品和服务支出", "310", "资本性支出", "31002", "办公设备购置");
        table6.forEach((code, name) -> {
            assertThat(c2026.deptEconomic(code)).as(code).map(CatalogueEntry::name).contains(name);
            String parent = code.length() == 5 ? code.substring(0, 3) : null;
            assertThat(c2026.deptEconomicByName(name, parent)).as(name).map(CatalogueEntry::code).contains(code);
        });
    }

    @Test
    void sharedDeptEconomicNamesNeedTheParent() {
        assertThat(c2026.deptEconomicByName("办公设备购置", null)).isEmpty();
        assertThat(c2026.deptEconomicByName("办公设备购置", "310")).map(CatalogueEntry::code).contains("31002");
        assertThat(c2026.deptEconomicByName("办公设备购置", "309")).map(CatalogueEntry::code).contains("30902");
        assertThat(c2026.deptEconomicByName("办公设备购置", "302")).isEmpty();
        assertThat(c2026.deptEconomicByName("公务用车购置", "310")).map(CatalogueEntry::code).contains("31013");
        assertThat(c2026.deptEconomicByName("邮 电费", "302")).map(CatalogueEntry::code).contains("30207");
        assertThat(c2026.deptEconomicByName("因公出国（境）费用", null)).map(CatalogueEntry::code).contains("30212");
        assertThat(c2026.deptEconomicByName("不存在的科目", null)).isEmpty();
    }

    @Test
    void govEconomicCodes() {
        assertThat(c2026.govEconomic("505")).map(CatalogueEntry::name).contains("对事业单位经常性补助");
        assertThat(c2026.govEconomic("50501")).map(CatalogueEntry::name).contains("工资福利支出");
        assertThat(c2026.govEconomic("50601")).contains(
                new CatalogueEntry("50601", "资本性支出（一）", CodeLevel.SECTION, "506"));
        assertThat(c2026.govEconomic("502")).map(CatalogueEntry::name).contains("机关商品和服务支出");
        // the seed's table 6 prints the 政府预算经济科目 name 商品和服务支出 beside 办公费
        assertThat(c2026.govEconomicByName("商品和服务支出")).map(CatalogueEntry::code).contains("50502");
        assertThat(c2026.govEconomicByName("房屋建筑物购建")).isEmpty();
        assertThat(c2026.govEconomicByName("其他支出")).isEmpty();
    }

    @Test
    void shanghaiCodesArePresentInTheirYears() {
        Catalogue c2024 = Catalogue.forYear(2024);
        assertThat(c2024.dataYear()).isEqualTo(2024);
        assertThat(c2024.functionClasses()).hasSize(30);
        assertThat(c2024.function("201 05 07")).map(CatalogueEntry::name).contains("专项普查活动");
        assertThat(c2024.function("208 05 05")).map(CatalogueEntry::name).contains("机关事业单位基本养老保险缴费支出");
        assertThat(c2024.function("221 03 99")).map(CatalogueEntry::name).contains("其他城乡社区住宅支出");
        assertThat(c2024.deptEconomic("302 39")).map(CatalogueEntry::name).contains("其他交通费用");

        Catalogue c2025 = Catalogue.forYear(2025);
        assertThat(c2025.dataYear()).isEqualTo(2025);
        assertThat(c2025.function("201 13 50")).map(CatalogueEntry::name).contains("事业运行");
        assertThat(c2025.function("215 08 99")).map(CatalogueEntry::name).contains("其他支持中小企业发展和管理支出");
        assertThat(c2025.function("206 05 03")).map(CatalogueEntry::name).contains("科技条件专项");
        assertThat(c2025.deptEconomic("303 01")).map(CatalogueEntry::name).contains("离休费");
        assertThat(c2025.deptEconomic("310 02")).map(CatalogueEntry::name).contains("办公设备购置");
    }

    @Test
    void aYearWithoutDataFallsBackToTheNearestEarlierYear() {
        Catalogue c2030 = Catalogue.forYear(2030);
        assertThat(c2030.year()).isEqualTo(2030);
        assertThat(c2030.dataYear()).isEqualTo(2026);
        assertThat(c2030.function("2120501")).isEqualTo(c2026.function("2120501"));
        assertThat(Catalogue.forYear(2026)).isSameAs(c2026);
        assertThatThrownBy(() -> Catalogue.forYear(2023))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2023");
        assertThatThrownBy(() -> Catalogue.forYear(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMalformedFileIsReportedWithItsNameAndLine() {
        assertMalformed("code,name\n201,一般公共服务支出\n20103\n", "line 3", "2 fields");
        assertMalformed("code;name\n201,x\n", "line 1", "header");
        assertMalformed("code,name\n2O1,x\n", "line 2", "digits");
        assertMalformed("code,name\n2011,x\n", "line 2", "4 digits");
        assertMalformed("code,name\n201,\n", "line 2", "no name");
        assertMalformed("code,name\n201,a\n\n201,b\n", "line 4", "twice");
        assertMalformed("code,name\n201,a\n21205,b\n", "line 3", "parent 212");
        assertThatThrownBy(() -> CodeTable.read("x.csv", new StringReader("code,name\n30101,基本工资\n"),
                EnumSet.of(CodeLevel.CLASS, CodeLevel.SECTION)))
                .hasMessageContaining("x.csv line 2");
    }

    private static void assertMalformed(String csv, String line, String why) {
        assertThatThrownBy(() -> CodeTable.read("2026/function-codes.csv", new StringReader(csv),
                EnumSet.allOf(CodeLevel.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2026/function-codes.csv " + line)
                .hasMessageContaining(why);
    }
}
