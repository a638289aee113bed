package org.gongkai.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.app.GongkaiApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring context for the commands that need the store (serve, users): only they pay for it. */
final class ServerLauncher {

    private ServerLauncher() {
    }

    /**
     * Starts the application on the data directory.
     *
     * @param web   whether to start the web server (serve) or only the store (users)
     * @param extra further properties (port, demo …)
     */
    static ConfigurableApplicationContext start(Path data, boolean web, Map<String, Object> extra) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("gongkai.data", data.toAbsolutePath().normalize().toString().replace('\\', '/'));
        props.putAll(extra);
        SpringApplication app = new SpringApplication(GongkaiApplication.class);
        app.setDefaultProperties(props);
        app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        app.setRegisterShutdownHook(web);
        return app.run();
    }
}
