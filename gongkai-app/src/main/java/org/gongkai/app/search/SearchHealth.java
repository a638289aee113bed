package org.gongkai.app.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}'s "search": OUT_OF_SERVICE until the start-up tasks are done — the
 * example data of {@code serve --demo} stored, then the search index built from the database — so
 * the server reports UP only when every published disclosure can be found.
 */
@Component("search")
public class SearchHealth implements HealthIndicator {

    private final SearchIndex index;

    public SearchHealth(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        if (!index.ready()) {
            return Health.outOfService().withDetail("search", "检索索引建立中").build();
        }
        return Health.up().withDetail("disclosures", index.disclosures()).build();
    }
}
