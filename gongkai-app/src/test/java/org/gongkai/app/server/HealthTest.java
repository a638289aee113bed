package org.gongkai.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.gongkai.app.GongkaiApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The server answers GET /actuator/health with UP once started (migrations run, start-up tasks done). */
@SpringBootTest(classes = GongkaiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "GONGKAI_ADMIN_PASSWORD=health-test-password")
class HealthTest {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry r) throws Exception {
        String dir = Files.createTempDirectory("gongkai-health-").toString();
        r.add("gongkai.data", () -> dir);
    }

    @Autowired
    Environment env;

    @Test
    void healthIsUp() throws Exception {
        String port = env.getProperty("local.server.port");
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"");
    }
}
