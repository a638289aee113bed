package org.gongkai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.gongkai.app.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A smoke test of the API on a real PostgreSQL 17 (the store's own tests cover the rest there). */
class PostgresWebTest extends WebContract {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry r) throws IOException {
        String dir = Files.createTempDirectory("gongkai-web-pg-").toString();
        TestPostgres pg = TestPostgres.get();
        r.add("gongkai.data", () -> dir);
        r.add("spring.datasource.url", pg::jdbcUrl);
        r.add("spring.datasource.username", () -> "postgres");
        r.add("spring.datasource.password", () -> "");
    }

    @Test
    void uploadSubmitApprovePublishAndThePublicReads() throws Exception {
        String ed = api.token("ed", PASSWORD);
        String rv = api.token("rv", PASSWORD);
        Api.Answer up = uploadReference(ed);
        assertThat(up.status()).isEqualTo(201);
        long id = up.json().get("id").asLong();
        String base = "/api/disclosures/" + id;
        assertProblem(api.get(base, null), 404);
        assertProblem(api.postJson(base + "/approve", rv, null), 409);
        assertProblem(api.postJson(base + "/submit", ed, "[]"), 422);
        assertThat(api.postJson(base + "/submit", ed, acknowledgeAll(id, 1, ed)).status()).isEqualTo(200);
        assertThat(api.postJson(base + "/approve", rv, null).status()).isEqualTo(200);
        assertThat(api.postJson(base + "/publish", rv, null).status()).isEqualTo(200);
        assertThat(api.get(base, null).json().get("version").get("status").asString()).isEqualTo("published");
        // 表三 of the reference: 212 城乡社区支出 48875.05 万元
        assertThat(api.get("/api/aggregate?drilldown=functionClass&cut=functionClass:212&unit=wan", null).text())
                .contains("\"code\":\"212\"").contains("\"name\":\"城乡社区支出\"").contains("48875.05");
    }
}
