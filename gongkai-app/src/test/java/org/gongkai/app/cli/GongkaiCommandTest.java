package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The root command: every subcommand under the name its class declares, built only when run. */
class GongkaiCommandTest {

    @Test
    void eachSubcommandIsRegisteredUnderTheNameItsClassDeclares() {
        for (Map.Entry<String, Class<?>> e : GongkaiCommand.SUBCOMMANDS.entrySet()) {
            CommandLine.Command c = e.getValue().getAnnotation(CommandLine.Command.class);
            assertThat(c.name()).as(e.getValue().getSimpleName()).isEqualTo(e.getKey());
        }
        assertThat(GongkaiCommand.SUBCOMMANDS.keySet())
                .containsExactly("import", "export", "check", "rules", "render", "template", "bench", "serve", "users", "help");
    }

    @Test
    void theWholeCommandLineHasEverySubcommandAndARunOfOneOnlyThatOne() {
        assertThat(GongkaiCommand.commandLine().getSubcommands().keySet())
                .containsAll(GongkaiCommand.SUBCOMMANDS.keySet());
        assertThat(GongkaiCommand.commandLine("check").getSubcommands().keySet()).containsExactly("check");
    }
}
