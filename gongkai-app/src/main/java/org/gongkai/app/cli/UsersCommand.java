package org.gongkai.app.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gongkai.app.store.Caller;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.NewUser;
import org.gongkai.app.store.Role;
import org.gongkai.app.store.StoreException;
import org.gongkai.app.store.User;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./gongkai users add NAME --role editor|reviewer|admin [--department CODE] [--region CODE] --data DIR */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"管理服务器的用户（服务器停止时，对同一数据目录操作）。", "Manage the server's users while it is stopped."},
        subcommands = {UsersCommand.Add.class})
public class UsersCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** users add: the password is read from standard input (one line). */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"新建用户，密码从标准输入读取（一行）。", "Add a user; the password is read from standard input."})
    static class Add implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME", description = "用户名")
        String name;

        @Option(names = "--role", required = true, description = "editor、reviewer 或 admin")
        String role;

        @Option(names = "--department", paramLabel = "CODE", description = "编制人员（editor）所属部门代码")
        String department;

        @Option(names = "--region", paramLabel = "CODE", description = "审核人员（reviewer）所属行政区划代码")
        String region;

        @Option(names = "--data", defaultValue = "data", paramLabel = "DIR", description = "数据目录（默认 ${DEFAULT-VALUE}）")
        Path data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Role r;
            try {
                r = Role.of(role);
            } catch (StoreException e) {
                spec.commandLine().getErr().println("错误：" + e.getMessage());
                return InputErrors.INPUT_UNREADABLE;
            }
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null || password.isEmpty()) {
                spec.commandLine().getErr().println("错误：请从标准输入提供密码（一行）");
                return InputErrors.INPUT_UNREADABLE;
            }
            try (ConfigurableApplicationContext ctx = ServerLauncher.start(data, false, Map.of("gongkai.bootstrap-admin", false))) {
                User u = ctx.getBean(Directory.class).createUser(Caller.admin("cli"), new NewUser(name, password, r, department, region));
                spec.commandLine().getOut().println("已创建用户 " + u.username() + "（" + u.role().code()
                        + (u.department() != null ? "，部门 " + u.department() : "") + (u.region() != null ? "，行政区划 " + u.region() : "") + "）");
                return 0;
            } catch (StoreException e) {
                spec.commandLine().getErr().println("错误：" + e.getMessage());
                return InputErrors.INPUT_UNREADABLE;
            }
        }
    }
}
