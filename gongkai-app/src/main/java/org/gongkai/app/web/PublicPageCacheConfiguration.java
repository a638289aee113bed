package org.gongkai.app.web;

import org.gongkai.app.store.StoreChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hangs {@link PublicPageCache} in front of the security chain (whose filter order is -100). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PublicPageCacheConfiguration {

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(StoreChanges changes,
            @Value("${gongkai.cache.public-pages-bytes:67108864}") long maxBytes,
            @Value("${gongkai.cache.public-pages-seconds:60}") long maxAgeSeconds) {
        FilterRegistrationBean<PublicPageCache> bean = new FilterRegistrationBean<>(
                new PublicPageCache(changes::generation, System::currentTimeMillis, maxAgeSeconds * 1000, maxBytes));
        bean.setOrder(-101);
        bean.addUrlPatterns("/*");
        return bean;
    }
}
