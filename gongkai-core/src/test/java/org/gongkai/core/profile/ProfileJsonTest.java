package org.gongkai.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.TableRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The profile reader: the shipped profiles as their JSON says, and a bad profile refused with where. */
class ProfileJsonTest {

    private static String resource(String id) throws IOException {
        try (InputStream in = Profile.class.getResourceAsStream("/org/gongkai/core/profile/" + id + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Profile read(String json) {
        return Profile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheSeedProfileAsItsJsonSays() throws IOException {
        Profile p = read(resource("shanxi-13"));
        assertThat(p.id()).isEqualTo("shanxi-13");
        assertThat(p.tables()).hasSize(13);
        TableSpec t1 = p.tables().get(0);
        assertThat(t1.id()).isEqualTo("T1");
        assertThat(t1.name()).isEqualTo("表一");
        assertThat(t1.titleTemplate()).isEqualTo("{year}年预算收支总表");
        assertThat(t1.role()).isEqualTo(TableRole.BUDGET_SUMMARY);
        assertThat(t1.unit()).isEqualTo(MoneyUnit.WAN);
        assertThat(t1.decimals()).isEqualTo(TableSpec.DEFAULT_DECIMALS);
        assertThat(t1.headerRows().get(0)).containsExactly("收入", "", "支出", "", "", "");
        assertThat(t1.columns().get(1)).isEqualTo(new Column("incomeAmount", "收入金额", ColumnType.AMOUNT));
        assertThat(t1.notes()).containsExactly("注：本套报表因取数时四舍五入，部分金额可能存在尾差");
        assertThat(p.document().requirePriorYear()).isTrue();
        assertThat(p.document().pdfReading()).isEqualTo(PdfReading.TEXT);
    }

    /** A general JSON data binder, reading the same records, is the oracle for every field of both shipped profiles. */
    @Test
    void readsEveryShippedProfileAsAGeneralJsonBinderDoes() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        for (String id : ProfileSource.shipped().ids()) {
            String json = resource(id);
            assertThat(read(json)).as(id).isEqualTo(mapper.readValue(json, Profile.class));
        }
    }

    @Test
    void readsEscapesOptionalFieldsAndABom() {
        Profile p = read("\uFEFF{\"id\":\"x\",\"name\":\"A\\u00e9\\n\\\"q\\\"\",\"tables\":[{\"id\":\"T1\",\"tocName\":\"表一\","
                + "\"titleTemplate\":\"t\",\"role\":\"BUDGET_SUMMARY\",\"unit\":\"YUAN\",\"decimals\":0,"
                + "\"headerRows\":[[\"a\"]],\"columns\":[{\"key\":\"k\",\"label\":\"l\",\"type\":\"TEXT\"}]}]}");
        assertThat(p.name()).isEqualTo("Aé\n\"q\"");
        assertThat(p.tables().get(0).decimals()).isZero();
        assertThat(p.tables().get(0).notes()).isEmpty();
        assertThat(p.document()).isNull();
        assertThat(p.titleKindWords()).isEmpty();
    }

    @Test
    void refusesMalformedJsonNamingTheLine() {
        assertThatThrownBy(() -> read("{\n\"id\": \"x\",\n\"tables\": [\n}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("模板（profile）JSON无效：")
                .hasMessageContaining("第4行");
        assertThatThrownBy(() -> read("{\"id\": \"x\"} trailing")).hasMessageContaining("多余");
        assertThatThrownBy(() -> read("{\"id\": \"x")).hasMessageContaining("没有结束");
        assertThatThrownBy(() -> read("[".repeat(100_000))).hasMessageContaining("嵌套");
    }

    @Test
    void refusesUnknownFieldsAndValuesNamingThePath() {
        String table = "{\"id\":\"T1\",\"tocName\":\"表一\",\"titleTemplate\":\"t\",\"role\":\"%s\",\"unit\":\"YUAN\","
                + "\"headerRows\":[[\"a\"]],\"columns\":[]%s}";
        assertThatThrownBy(() -> read("{\"id\":\"x\",\"tables\":[" + String.format(table, "BUDGET_SUMMARY", ",\"colour\":1") + "]}"))
                .hasMessageContaining("$.tables[0]").hasMessageContaining("colour");
        assertThatThrownBy(() -> read("{\"id\":\"x\",\"tables\":[" + String.format(table, "NO_SUCH_ROLE", "") + "]}"))
                .hasMessageContaining("$.tables[0].role").hasMessageContaining("NO_SUCH_ROLE");
        assertThatThrownBy(() -> read("{\"id\":\"x\"}")).hasMessageContaining("tables");
        assertThatThrownBy(() -> read("{\"id\":1,\"tables\":[]}")).hasMessageContaining("$.id");
        assertThat(read("{\"id\":\"x\",\"tables\":[]}").tables()).isEqualTo(List.of());
    }
}
