package org.gongkai.app;

import org.gongkai.app.cli.GongkaiCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import picocli.CommandLine;

/**
 * Entry point: the command line (picocli) inside a Spring Boot application. Commands that need no
 * server run without starting a web server.
 */
@SpringBootApplication
public class GongkaiApplication {

    public static void main(String[] args) {
        int exit = GongkaiCommand.execute(args);
        System.exit(exit);
    }

    /** Starts the Spring context (for commands that need it, such as the web server later). */
    public static void startSpring(String[] args) {
        SpringApplication.run(GongkaiApplication.class, args);
    }
}
