package org.gongkai.app.web;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.app.store.VersionDocument;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.ingest.JsonInput;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.TableSpec;
import org.springframework.stereotype.Component;

/**
 * The {@link MoneyTree} of a published version, made from its stored BudgetFacts once and kept (a
 * published version never changes; the key holds its content hash), at most 512 of them.
 */
@Component
class MoneyTrees {

    private final Pipeline pipeline;
    private final Map<String, MoneyTree> trees = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MoneyTree> eldest) {
            return size() > 512;
        }
    });

    MoneyTrees(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    MoneyTree of(VersionDocument doc) {
        String key = doc.disclosure().id() + "-" + doc.version().number() + "-" + doc.contentSha256();
        MoneyTree t = trees.get(key);
        if (t == null) {
            t = build(doc);
            trees.put(key, t);
        }
        return t;
    }

    private MoneyTree build(VersionDocument doc) {
        BudgetFacts facts = JsonInput.read("facts.json", doc.factsJson().getBytes(StandardCharsets.UTF_8)).facts();
        Catalogue catalogue;
        try {
            catalogue = pipeline.catalogues().forYear(facts.fiscalYear());
        } catch (IllegalArgumentException e) {
            catalogue = null;
        }
        return MoneyTree.of(facts, catalogue, unit(doc.version().profile() != null ? doc.version().profile() : facts.profile()));
    }

    /** The unit the document prints its expenditure by 功能科目 in (万元 in shanxi-13, 元 in shanghai-9). */
    private MoneyUnit unit(String profileId) {
        try {
            Profile p = pipeline.profiles().profile(profileId);
            return p.table(TableRole.EXPENDITURE_BY_FUNCTION).map(TableSpec::unit).orElse(p.amountUnit());
        } catch (IllegalArgumentException e) {
            return MoneyUnit.WAN;
        }
    }
}
