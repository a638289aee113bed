package org.gongkai.app.store;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store on a real PostgreSQL 17 ({@link TestPostgres}), with the same migrations. */
class PostgresStoreTest extends StoreContract {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry r) throws IOException {
        String dir = Files.createTempDirectory("gongkai-pg-").toString();
        TestPostgres pg = TestPostgres.get();
        r.add("gongkai.data", () -> dir);
        r.add("spring.datasource.url", pg::jdbcUrl);
        r.add("spring.datasource.username", () -> "postgres");
        r.add("spring.datasource.password", () -> "");
    }
}
