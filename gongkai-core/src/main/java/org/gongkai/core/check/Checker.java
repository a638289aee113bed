package org.gongkai.core.check;

import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Evidence;
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

    /**
     * A rule that throws is never dropped silently: the report gets a warning of that rule saying it
     * could not finish, with what went wrong as {@link Evidence#FAILURE}; the findings it reported
     * before it failed are kept. {@link CheckReport#failedRules()} lists such rules.
     */
    static void reportFailure(Rule rule, Throwable e, Findings out) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : "：" + e.getMessage());
        out.report(Severity.WARNING, "规则 " + rule.info().id() + " 运行失败，该项核对未完成，本报告缺少它的结论（"
                        + rule.info().genericDescription() + "）",
                Location.ofDocument(null, SourceRef.NONE), Findings.evidence(Evidence.FAILURE, what));
    }

    public CheckReport check(Disclosure d) {
        CheckContext context = new CheckContext(d, profiles.profile(d.metadata().profile()),
                catalogues.forYear(d.metadata().fiscalYear()));
        Findings out = new Findings();
        for (Rule rule : rules) {
            if (Thread.currentThread().isInterrupted()) {
                // a batch gave up on this file (its time limit): stop here rather than run on unseen
                throw new java.util.concurrent.CancellationException("核对已取消");
            }
            out.start(rule.info());
            try {
                rule.check(context, out);
            } catch (RuntimeException | StackOverflowError e) {
                reportFailure(rule, e, out);
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
