package org.gongkai.app.server;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.Disclosures;
import org.gongkai.app.store.FileStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What happens at each start, after the migrations: before the web server takes a request, files that
 * a process killed mid-upload left behind (belonging to no committed version) are removed (after
 * the server listens, an upload could commit between the query of the referenced files and the
 * deletion); then, on a database without an admin, the account {@code admin} is created with {@code GONGKAI_ADMIN_PASSWORD}, or a generated
 * password that is printed once.
 */
@Component
@Order(0)
public class StoreStartup implements ApplicationRunner, SmartInitializingSingleton {

    private final FileStore files;
    private final Disclosures disclosures;
    private final Directory directory;
    private final String adminPassword;
    private final boolean bootstrap;

    public StoreStartup(FileStore files, Disclosures disclosures, Directory directory,
            @Value("${GONGKAI_ADMIN_PASSWORD:}") String adminPassword,
            @Value("${gongkai.bootstrap-admin:true}") boolean bootstrap) {
        this.files = files;
        this.disclosures = disclosures;
        this.directory = directory;
        this.adminPassword = adminPassword;
        this.bootstrap = bootstrap;
    }

    /** Runs once every bean exists (the migrations done) and before the web server starts. */
    @Override
    public void afterSingletonsInstantiated() {
        int swept = files.sweep(disclosures.storedPaths());
        if (swept > 0) {
            new PrintStream(System.out, true, StandardCharsets.UTF_8).println("gongkai: 已清理 " + swept + " 个未入库的上传文件（上次中断的上传）");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!bootstrap) {
            return;
        }
        Optional<String> created = directory.bootstrapAdmin(adminPassword);
        if (created.isPresent()) {
            if (adminPassword == null || adminPassword.isBlank()) {
                out.println("gongkai: 已创建管理员 admin，初始密码（只显示这一次）：" + created.get());
            } else {
                out.println("gongkai: 已创建管理员 admin（密码取自 GONGKAI_ADMIN_PASSWORD）");
            }
        }
    }
}
