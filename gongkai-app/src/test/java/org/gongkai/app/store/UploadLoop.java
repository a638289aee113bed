package org.gongkai.app.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.app.GongkaiApplication;
import org.gongkai.core.json.Json;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The child process of {@link KillMidUploadTest}: the application on a data directory, uploading
 * generated disclosures without end and printing "committed N" after each commit, until killed.
 */
public final class UploadLoop {

    private UploadLoop() {
    }

    static ConfigurableApplicationContext start(String dataDir) {
        return new SpringApplicationBuilder(GongkaiApplication.class).web(WebApplicationType.NONE)
                .properties(Map.of("gongkai.data", dataDir, "gongkai.bootstrap-admin", "false")).run();
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext ctx = start(args[0]);
        Directory directory = ctx.getBean(Directory.class);
        Disclosures disclosures = ctx.getBean(Disclosures.class);
        Caller admin = Caller.admin("loop");
        directory.createRegion(admin, new Region("140171", "示范区", null));
        directory.createDepartment(admin, new Department("608", "示范部门", DepartmentKind.DEPARTMENT, null, "140171"));
        Caller editor = Caller.editor("loop", "608");
        for (int i = 1; ; i++) {
            int year = 2024 + i % 3;
            byte[] json = Json.write(StoreContract.generated("示范部门", "608", year)).getBytes(StandardCharsets.UTF_8);
            disclosures.upload(editor, new UploadRequest("loop-" + i + ".json", json, null, null, LocalDate.of(year, 1, 20)));
            System.out.println("committed " + i);
            System.out.flush();
        }
    }
}
