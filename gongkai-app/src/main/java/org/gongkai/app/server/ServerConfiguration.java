package org.gongkai.app.server;

import java.time.Clock;
import org.gongkai.core.pipeline.Pipeline;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans the store needs from outside Spring: the core pipeline and the clock. */
@Configuration(proxyBeanMethods = false)
public class ServerConfiguration {

    /** The one core pipeline (shipped profiles and catalogues), shared with the command line. */
    @Bean
    @ConditionalOnMissingBean
    public Pipeline pipeline() {
        return Pipeline.standard();
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
