package org.gongkai.app.store;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store on H2: the embedded default (a file database in a temporary data directory). */
class H2StoreTest extends StoreContract {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry r) throws IOException {
        String dir = Files.createTempDirectory("gongkai-h2-").toString();
        r.add("gongkai.data", () -> dir);
    }
}
