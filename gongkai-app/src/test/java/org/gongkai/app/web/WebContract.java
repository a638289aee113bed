package org.gongkai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.app.GongkaiApplication;
import org.gongkai.app.store.Caller;
import org.gongkai.app.store.Department;
import org.gongkai.app.store.DepartmentKind;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.NewUser;
import org.gongkai.app.store.Region;
import org.gongkai.app.store.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The server on a random port, with a directory of two regions' departments and one account of
 * each kind: admin {@code root}; editors {@code ed} (608, in 140171 under 太原市 140100) and
 * {@code ed2} (7101, in 大同市 140200); reviewers {@code rv} (太原市) and {@code rv2} (大同市).
 */
@SpringBootTest(classes = GongkaiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongkai.bootstrap-admin=false")
abstract class WebContract {

    static final String PASSWORD = "web-test-password";

    @Autowired Environment env;
    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired LoginThrottle throttle;

    Api api;

    @BeforeEach
    void directory() {
        freshDirectory(jdbc, directory, throttle);
        api = new Api(env.getProperty("local.server.port"));
    }

    /**
     * An empty store with two regions' departments and one account of each kind (see the class):
     * every test class on the server starts from it.
     */
    static void freshDirectory(JdbcClient jdbc, Directory directory, LoginThrottle throttle) {
        for (String t : List.of("rechecks", "budget_lines", "finding_acknowledgements", "findings", "audit_log", "api_tokens", "versions",
                "disclosures", "users", "departments")) {
            jdbc.sql("DELETE FROM " + t).update();
        }
        jdbc.sql("UPDATE regions SET parent_id = NULL").update();
        jdbc.sql("DELETE FROM regions").update();
        throttle.reset();
        Caller admin = Caller.admin("setup");
        directory.createRegion(admin, new Region("140000", "山西省", null));
        directory.createRegion(admin, new Region("140100", "太原市", "140000"));
        directory.createRegion(admin, new Region("140171", "示范区", "140100"));
        directory.createRegion(admin, new Region("140200", "大同市", "140000"));
        directory.createDepartment(admin, new Department("608", "山西转型综合改革示范区建设与公用事业管理部", DepartmentKind.DEPARTMENT, null, "140171"));
        directory.createDepartment(admin, new Department("7101", "平城区教育局", DepartmentKind.DEPARTMENT, null, "140200"));
        directory.createUser(admin, new NewUser("root", PASSWORD, Role.ADMIN, null, null));
        directory.createUser(admin, new NewUser("ed", PASSWORD, Role.EDITOR, "608", null));
        directory.createUser(admin, new NewUser("ed2", PASSWORD, Role.EDITOR, "7101", null));
        directory.createUser(admin, new NewUser("rv", PASSWORD, Role.REVIEWER, null, "140100"));
        directory.createUser(admin, new NewUser("rv2", PASSWORD, Role.REVIEWER, null, "140200"));
    }

    static byte[] reference() throws Exception {
        Path root = Path.of(System.getProperty("gongkai.repoRoot", ".."));
        return Files.readAllBytes(root.resolve("samples/shanxi-zonggai-jianguanbu-2026.txt"));
    }

    Api.Answer uploadReference(String token) throws Exception {
        return api.upload(token, "shanxi-zonggai-jianguanbu-2026.txt", reference(), Map.of("approvalDate", "2026-01-20"));
    }

    /** The acknowledgements of every error finding of a version, as a submit body. */
    String acknowledgeAll(long id, int version, String token) throws Exception {
        JsonNode findings = api.get("/api/disclosures/" + id + "/versions/" + version + "/findings", token).json();
        StringBuilder sb = new StringBuilder("[");
        for (JsonNode f : findings) {
            if (f.get("severity").asString().equals("error")) {
                sb.append(sb.length() > 1 ? "," : "").append("{\"finding\":\"").append(f.get("id").asString())
                        .append("\",\"reason\":\"已与批复核对\"}");
            }
        }
        return sb.append(']').toString();
    }

    /**
     * Submits a version (every error finding acknowledged), approves and publishes it; a correction
     * is published with its {@code reason} (null for a first publication).
     */
    void publish(long id, int version, String editor, String reviewer, String reason) throws Exception {
        assertThat(api.postJson("/api/disclosures/" + id + "/submit", editor, acknowledgeAll(id, version, editor)).status()).isEqualTo(200);
        assertThat(api.postJson("/api/disclosures/" + id + "/approve", reviewer, null).status()).isEqualTo(200);
        Api.Answer p = api.postJson("/api/disclosures/" + id + "/publish", reviewer, reason == null ? null : "{\"reason\":\"" + reason + "\"}");
        assertThat(p.status()).as(p.text()).isEqualTo(200);
    }

    /** Asserts an RFC 9457 problem of this status with a Chinese detail and no stack trace. */
    static JsonNode assertProblem(Api.Answer a, int status) {
        assertThat(a.status()).as(a.text()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        JsonNode p = a.json();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asString()).containsPattern("[\\u4e00-\\u9fff]");
        assertThat(a.text()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
        return p;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
