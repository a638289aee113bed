package org.gongkai.app;

import org.gongkai.app.cli.CliLogging;
import org.gongkai.app.cli.GongkaiCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point: the command line (picocli) of the Spring Boot application. The commands so far need
 * no Spring context and run without starting one (fast); the portal and REST API will start it.
 */
@SpringBootApplication
public class GongkaiApplication {

    public static void main(String[] args) {
        String first = args.length > 0 ? args[0] : "";
        if (!first.equals("serve") && !first.equals("users") && !"logback".equals(System.getProperty("gongkai.logging"))) {
            // the commands that start the Spring context keep its logging (Logback), as does
            // -Dgongkai.logging=logback (GONGKAI_JAVA_OPTS), to see what the libraries say
            CliLogging.install();
        }
        int exit = GongkaiCommand.execute(args);
        System.exit(exit);
    }
}
