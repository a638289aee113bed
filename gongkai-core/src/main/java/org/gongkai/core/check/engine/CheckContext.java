package org.gongkai.core.check.engine;

import java.util.Objects;
import java.util.Optional;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.derive.FactsInferrer;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.profile.Profile;

/** What a rule sees: the printed disclosure, the year's catalogue, the profile, and the facts behind it. */
public final class CheckContext {

    private final Disclosure disclosure;
    private final Catalogue catalogue;
    private final Profile profile;
    private BudgetFacts facts;
    private final java.util.Map<String, Object> memo = new java.util.HashMap<>();

    /**
     * @param profile   the disclosure's profile
     * @param catalogue the catalogue of the disclosure's budget year
     */
    public CheckContext(Disclosure disclosure, Profile profile, Catalogue catalogue) {
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public Disclosure disclosure() {
        return disclosure;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Profile profile() {
        return profile;
    }

    public int fiscalYear() {
        return disclosure.metadata().fiscalYear();
    }

    /** The document's table of this role, if it prints one. */
    public Optional<PrintedTable> table(TableRole role) {
        return disclosure.table(role);
    }

    /**
     * The name of the table of this role as the document's profile prints it ("表十二"); the
     * document's own name for it when the profile has none; the role when neither names it.
     */
    public String tableName(TableRole role) {
        String name = profile.tableName(role);
        if (name != null) {
            return name;
        }
        return table(role).map(t -> t.name() != null ? t.name() : t.id()).orElse(role.name());
    }

    /**
     * A value computed once per checked document and shared by the rules that need it (e.g. the
     * pairing of projects with their performance forms, the figures quoted in the narrative).
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(String key, java.util.function.Function<CheckContext, T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.apply(this);
            memo.put(key, v);
        }
        return (T) v;
    }

    /** The facts inferred from the printed tables (computed once, on first use). */
    public BudgetFacts facts() {
        if (facts == null) {
            facts = new FactsInferrer(catalogue).infer(disclosure);
        }
        return facts;
    }
}
