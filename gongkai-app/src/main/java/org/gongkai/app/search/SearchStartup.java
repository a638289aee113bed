package org.gongkai.app.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The last start-up task: after the store's (and {@code serve --demo}'s example data), the search
 * index is built from the database. Until it is, {@link SearchHealth} keeps the server out of service.
 */
@Component
@Order(100)
public class SearchStartup implements ApplicationRunner {

    private final SearchIndex index;

    public SearchStartup(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        index.rebuild();
    }
}
