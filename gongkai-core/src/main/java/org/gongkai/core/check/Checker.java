package org.gongkai.core.check;

import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;

import org.gongkai.core.model.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.core.catalogue.CatalogueSource;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.profile.ProfileSource;

/** Runs rules over a disclosure and collects their findings, most severe first. */
public final class Checker {

    private final List<Rule> rules;
    private final ProfileSource profiles;
    private final CatalogueSource catalogues;

    /** The rules, with the profiles and catalogues shipped with Gongkai. */
    public Checker(List<Rule> rules) {
        this(rules, ProfileSource.shipped(), CatalogueSource.shipped());
    }

    /**
     * The rules, reading a disclosure's profile (by the id in its metadata) and the catalogue of its
     * budget year from the given sources.
     */
    public Checker(List<Rule> rules, ProfileSource profiles, CatalogueSource catalogues) {
        this.rules = List.copyOf(rules);
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.catalogues = Objects.requireNonNull(catalogues, "catalogues");
    }

    /** Every rule Gongkai has. */
    public static Checker standard() {
        return new Checker(Rules.all());
    }

    public List<Rule> rules() {
        return rules;
    }

    public CheckReport check(Disclosure d) {
        CheckContext context = new CheckContext(d, profiles.profile(d.metadata().profile()),
                catalogues.forYear(d.metadata().fiscalYear()));
        Findings out = new Findings();
        for (Rule rule : rules) {
            out.start(rule.info());
            try {
                rule.check(context, out);
            } catch (RuntimeException e) {
                out.report(Severity.WARNING, "规则运行失败，未能完成该项核对：" + e, Location.ofDocument(null, SourceRef.NONE), Map.of());
            }
        }
        List<Finding> findings = new ArrayList<>(out.all());
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparing(f -> f.location().line() == 0 ? Integer.MAX_VALUE : f.location().line()));
        Map<String, Integer> summary = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            summary.put(s.code(), (int) findings.stream().filter(f -> f.severity() == s).count());
        }
        var m = d.metadata();
        return new CheckReport(new CheckReport.DocumentInfo(m.sourceName(), m.department(), m.fiscalYear(), m.profile(), m.title()),
                summary, findings);
    }
}
