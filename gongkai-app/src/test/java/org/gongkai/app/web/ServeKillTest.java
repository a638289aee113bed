package org.gongkai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.gongkai.app.store.Hashes;
import org.gongkai.core.catalogue.CatalogueSource;
import org.gongkai.core.derive.FactsGenerator;
import org.gongkai.core.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * kill -9 of the real server mid-upload: {@code serve} runs as a child JVM on a temporary data
 * directory; two editors upload over HTTP without pause while a third request holds an upload
 * half sent; the process is killed (SIGKILL) and started again on the same directory. Every upload
 * answered 201 is there with the sha256 of the bytes sent; the database is consistent (versions
 * numbered 1…n, every finding and audit entry stored, no disclosure without a version) and every
 * stored file matches the sha256 its version records, with no file left of an unfinished upload.
 */
class ServeKillTest {

    private static final String ADMIN_PASSWORD = "kill-test-admin";

    @TempDir
    Path data;

    /** An upload the server answered 201: the disclosure, the version and the sha256 of the bytes sent. */
    private record Committed(long id, int version, String sha256, int size) {
    }

    @Test
    void killedMidUploadTheServerRestartsConsistent() throws Exception {
        int port = freePort();
        Process server = serve(port);
        List<Committed> committed = new ArrayList<>();
        try {
            Api api = awaitUp(server, port);
            String admin = api.token("admin", ADMIN_PASSWORD);
            assertThat(api.postJson("/api/regions", admin, "{\"code\":\"140171\",\"name\":\"示范区\"}").status()).isEqualTo(201);
            for (String code : List.of("701", "702")) {
                assertThat(api.postJson("/api/departments", admin,
                        "{\"code\":\"" + code + "\",\"name\":\"示范部门" + code + "\",\"kind\":\"department\",\"region\":\"140171\"}")
                        .status()).isEqualTo(201);
                assertThat(api.postJson("/api/users", admin, "{\"username\":\"editor-" + code + "\",\"password\":\"" + ADMIN_PASSWORD
                        + "\",\"role\":\"editor\",\"department\":\"" + code + "\"}").status()).isEqualTo(201);
            }
            ConcurrentLinkedQueue<Committed> answered = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> uploaders = new ArrayList<>();
            for (String code : List.of("701", "702")) {
                String token = api.token("editor-" + code, ADMIN_PASSWORD);
                Thread t = new Thread(() -> uploadLoop(new Api(String.valueOf(port)), token, code, answered, stop));
                t.setDaemon(true);
                t.start();
                uploaders.add(t);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (answered.size() < 6 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            // an upload whose body is half sent when the process dies
            try (Socket half = new Socket("127.0.0.1", port)) {
                OutputStream out = half.getOutputStream();
                String boundary = "gkhalf";
                byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"half.json\"\r\n"
                        + "Content-Type: application/json\r\n\r\n{\"format\":\"gongkai-facts\",").getBytes(StandardCharsets.UTF_8);
                out.write(("POST /api/disclosures HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + api.token("editor-701", ADMIN_PASSWORD)
                        + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: 100000\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(head);
                out.flush();
                Thread.sleep(50);
                server.destroyForcibly(); // SIGKILL while uploads are in flight
                assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            stop.set(true);
            for (Thread t : uploaders) {
                t.join(30_000);
            }
            committed.addAll(answered);
        } finally {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(committed.size()).as("uploads answered 201 before the kill").isGreaterThanOrEqualTo(6);

        Process again = serve(port);
        try {
            Api api = awaitUp(again, port);
            String admin = api.token("admin", ADMIN_PASSWORD);
            for (Committed c : committed) {
                Api.Answer v = api.get("/api/disclosures/" + c.id + "/versions/" + c.version, admin);
                assertThat(v.status()).as("version %d/%d", c.id, c.version).isEqualTo(200);
                assertThat(v.json().get("fileSha256").asString()).isEqualTo(c.sha256);
                assertThat(v.json().get("fileSize").asInt()).isEqualTo(c.size);
            }
            for (JsonNode d : api.get("/api/disclosures", admin).json()) {
                long id = d.get("id").asLong();
                JsonNode versions = api.get("/api/disclosures/" + id + "/versions", admin).json();
                assertThat(versions.size()).isEqualTo(d.get("latestVersion").asInt());
                for (int i = 0; i < versions.size(); i++) {
                    JsonNode v = versions.get(i);
                    assertThat(v.get("number").asInt()).isEqualTo(i + 1);
                    int n = v.get("number").asInt();
                    assertThat(api.get("/api/disclosures/" + id + "/versions/" + n + "/findings", admin).json().size())
                            .isEqualTo(v.get("errors").asInt() + v.get("warnings").asInt() + v.get("infos").asInt());
                    // the documents' sha256 is re-checked on this read
                    assertThat(api.get("/api/disclosures/" + id + "/versions/" + n + "/files/json", admin).status()).isEqualTo(200);
                }
            }
        } finally {
            again.destroy(); // a graceful stop: the database is closed
            assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        // the stored files against the database, read directly
        Set<String> paths = new HashSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("gongkai").toString().replace('\\', '/')
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
                Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT file_path, file_sha256, file_size FROM versions")) {
                while (rs.next()) {
                    Path file = data.resolve("files").resolve(rs.getString(1));
                    byte[] bytes = Files.readAllBytes(file);
                    assertThat(Hashes.sha256(bytes)).as(rs.getString(1)).isEqualTo(rs.getString(2));
                    assertThat((long) bytes.length).isEqualTo(rs.getLong(3));
                    paths.add(rs.getString(1));
                }
            }
            assertThat(paths.size()).isGreaterThanOrEqualTo(committed.size());
            assertThat(count(st, "SELECT COUNT(*) FROM disclosures x WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.disclosure_id = x.id)"))
                    .isZero();
            assertThat(count(st, "SELECT COUNT(*) FROM audit_log WHERE action = 'upload'")).isEqualTo(paths.size());
        }
        try (Stream<Path> s = Files.walk(data.resolve("files"))) {
            assertThat(s.filter(Files::isRegularFile).count()).as("files of unfinished uploads removed at restart").isEqualTo(paths.size());
        }
    }

    /** Uploads generated facts (a different year or seed each time) until stopped or the server dies. */
    private static void uploadLoop(Api api, String token, String code, ConcurrentLinkedQueue<Committed> answered, AtomicBoolean stop) {
        for (int i = 0; !stop.get(); i++) {
            int year = 2024 + i % 3;
            byte[] json = Json.write(new FactsGenerator(new java.util.Random(i * 31L + Integer.parseInt(code)),
                    CatalogueSource.shipped().forYear(year), FactsGenerator.Setting.of(code, "示范区", year)).next("示范部门" + code))
                    .getBytes(StandardCharsets.UTF_8);
            try {
                Api.Answer a = api.upload(token, code + "-" + i + ".json", json, Map.of());
                if (a.status() != 201) {
                    return;
                }
                answered.add(new Committed(a.json().get("id").asLong(), a.json().get("version").asInt(), Hashes.sha256(json), json.length));
            } catch (Exception e) {
                return; // the server died
            }
        }
    }

    private Process serve(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.gongkai.app.GongkaiApplication", "serve", "--data", data.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("serve.log").toFile()));
        pb.environment().put("GONGKAI_ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.environment().remove("GONGKAI_DB_URL");
        return pb.start();
    }

    private static Api awaitUp(Process server, int port) throws Exception {
        Api api = new Api(String.valueOf(port));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("serve is running").isTrue();
            try {
                if (api.get("/actuator/health", null).text().contains("\"UP\"")) {
                    return api;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve did not start in 180 s");
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
