package org.gongkai.app.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./gongkai serve [--port 8080] [--data DIR] [--demo] */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动服务器：数据库、公开流程、REST API。",
                "Start the server: H2 database under --data (or PostgreSQL with GONGKAI_DB_URL, GONGKAI_DB_USER,"
                        + " GONGKAI_DB_PASSWORD), the workflow and the API. GET /actuator/health reports UP when ready."})
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "端口（默认 ${DEFAULT-VALUE}）")
    int port;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "数据目录：H2 数据库与上传的文件（默认 ${DEFAULT-VALUE}）")
    Path data;

    @Option(names = "--demo", description = "数据库为空时填入示例数据（参考文件与随机生成的部门），并显示示例账号")
    boolean demo;

    @Option(names = "--demo-size", paramLabel = "N", description = "与 --demo 相同，另加随机生成的已公开文件，直到已公开的共 N 份（性能测试用）")
    int demoSize;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", port);
        props.put("gongkai.demo", demo || demoSize > 0);
        props.put("gongkai.demo-size", demoSize);
        ConfigurableApplicationContext ctx = ServerLauncher.start(data, true, props);
        CountDownLatch closed = new CountDownLatch(1);
        ctx.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (!ctx.isActive()) {
            return 1;
        }
        String db = System.getenv("GONGKAI_DB_URL");
        spec.commandLine().getOut().println("gongkai: 服务已启动 http://127.0.0.1:" + port + "/ （数据目录 " + data.toAbsolutePath().normalize()
                + (db == null || db.isBlank() ? "" : "，数据库 " + db.replaceAll("//[^@/]*@", "//")) + "）");
        closed.await();
        return 0;
    }
}
