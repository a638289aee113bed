package org.gongkai.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * kill -9 of a process uploading into the H2 store, then a restart on the same data directory:
 * every committed version is intact (its file there with its sha256, its findings all stored) and
 * no file of an uncommitted upload is left.
 */
class KillMidUploadTest {

    @TempDir
    Path data;

    @Test
    void aKilledUploadLeavesTheStoreConsistent() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dgongkai.repoRoot=" + System.getProperty("gongkai.repoRoot", ".."), UploadLoop.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        int committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed = Integer.parseInt(line.substring(10).trim());
                    if (committed >= 4) {
                        break;
                    }
                }
            }
            child.destroyForcibly(); // SIGKILL, in the middle of the next upload
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(committed).as("uploads committed before the kill").isGreaterThanOrEqualTo(4);

        try (ConfigurableApplicationContext ctx = UploadLoop.start(data.toString())) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            Disclosures disclosures = ctx.getBean(Disclosures.class);
            Caller admin = Caller.admin("check");
            long versions = jdbc.sql("SELECT COUNT(*) FROM versions").query(Long.class).single();
            assertThat(versions).isBetween((long) committed, (long) committed + 1);
            for (DisclosureInfo d : disclosures.list(admin, DisclosureFilter.all())) {
                for (VersionInfo v : disclosures.versions(admin, d.id())) {
                    assertThat(disclosures.file(admin, d.id(), v.number())).hasSize((int) v.fileSize());
                    assertThat(disclosures.document(admin, d.id(), v.number()).factsJson()).contains("gongkai-facts");
                    assertThat(disclosures.findings(admin, d.id(), v.number())).hasSize(v.errors() + v.warnings() + v.infos());
                }
            }
            long uploads = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'upload'").query(Long.class).single();
            assertThat(uploads).isEqualTo(versions);
            List<Path> files;
            try (Stream<Path> s = Files.walk(data.resolve("files"))) {
                files = s.filter(Files::isRegularFile).toList();
            }
            assertThat(files).hasSize((int) versions);
        }
    }
}
