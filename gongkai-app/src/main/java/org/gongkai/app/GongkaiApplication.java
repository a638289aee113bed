package org.gongkai.app;

import org.gongkai.app.cli.GongkaiCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point: the command line (picocli) of the Spring Boot application. The commands so far need
 * no Spring context and run without starting one (fast); the portal and REST API will start it.
 */
@SpringBootApplication
public class GongkaiApplication {

    public static void main(String[] args) {
        int exit = GongkaiCommand.execute(args);
        System.exit(exit);
    }
}
