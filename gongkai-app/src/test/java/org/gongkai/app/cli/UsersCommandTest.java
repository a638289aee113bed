package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** ./gongkai users add on a data directory while no server runs; the password comes from standard input. */
class UsersCommandTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine cl = GongkaiCommand.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            return cl.execute(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void addsAUserTheServerCanLogIn() {
        assertThat(run("secret-password\n", "users", "add", "keeper", "--role", "admin", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("已创建用户 keeper（admin）");
        assertThat(run("secret-password\n", "users", "add", "ed", "--role", "editor", "--department", "999", "--data",
                data.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("部门不存在：999").doesNotContain("Exception");
        assertThat(run("", "users", "add", "nopw", "--role", "admin", "--data", data.toString())).isEqualTo(2);
        assertThat(run("secret-password\n", "users", "add", "x", "--role", "boss", "--data", data.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("未知角色：boss");
        try (ConfigurableApplicationContext ctx = ServerLauncher.start(data, false, Map.of("gongkai.bootstrap-admin", false))) {
            assertThat(ctx.getBean(Directory.class).authenticate("keeper", "secret-password").role()).isEqualTo(Role.ADMIN);
        }
    }
}
