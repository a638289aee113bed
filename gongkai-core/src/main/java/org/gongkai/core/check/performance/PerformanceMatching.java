package org.gongkai.core.check.performance;

import org.gongkai.core.check.engine.CheckContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PerformanceTarget;

/**
 * Pairs the performance forms with the projects of T12/T13: first by the same name, then by the
 * same name up to full/half width, then by similar names (closest first). What is left over is a
 * project without a form or a form without a project; a second form for an already paired name is
 * a duplicate.
 */
public final class PerformanceMatching {

    /** A form and its project; {@code similarity} says how their names relate. */
    record Match(PerformanceTarget form, PerformanceProject project, PerformanceNames.Similarity similarity) {
    }

    /** A second form for a project that already has one. */
    record Duplicate(PerformanceTarget form, PerformanceTarget first, PerformanceProject project) {
    }

    private final List<Match> matches = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final List<PerformanceProject> projectsWithoutForm = new ArrayList<>();
    private final List<PerformanceTarget> formsWithoutProject = new ArrayList<>();
    private final Map<PerformanceTarget, Match> byForm = new IdentityHashMap<>();

    private PerformanceMatching() {
    }

    static PerformanceMatching of(CheckContext context) {
        return context.memo("performance.matching",
                c -> of(PerformanceProject.all(c), c.disclosure().performanceTargets()));
    }

    static PerformanceMatching of(List<PerformanceProject> projects, List<PerformanceTarget> forms) {
        PerformanceMatching m = new PerformanceMatching();
        Map<PerformanceProject, PerformanceTarget> paired = new LinkedHashMap<>();
        List<PerformanceTarget> open = new ArrayList<>();
        // the first project of each exact name (SAME) and of each name up to bracket width (WIDTH)
        Map<String, PerformanceProject> bySqueezed = new java.util.HashMap<>();
        Map<String, PerformanceProject> byFolded = new java.util.HashMap<>();
        for (PerformanceProject p : projects) {
            bySqueezed.putIfAbsent(PerformanceNames.squeeze(p.name()), p);
            byFolded.putIfAbsent(PerformanceNames.fold(p.name()), p);
        }
        for (PerformanceNames.Kind kind : List.of(PerformanceNames.Kind.SAME, PerformanceNames.Kind.WIDTH)) {
            open.clear();
            for (PerformanceTarget form : forms) {
                if (m.byForm.containsKey(form) || m.isDuplicate(form)) {
                    continue;
                }
                Optional<PerformanceProject> same = Optional.ofNullable(kind == PerformanceNames.Kind.SAME
                        ? bySqueezed.get(PerformanceNames.squeeze(form.projectName()))
                        : byFolded.get(PerformanceNames.fold(form.projectName())));
                if (same.isEmpty()) {
                    open.add(form);
                } else if (paired.containsKey(same.get())) {
                    m.duplicates.add(new Duplicate(form, paired.get(same.get()), same.get()));
                } else {
                    paired.put(same.get(), form);
                    m.add(new Match(form, same.get(), PerformanceNames.compare(same.get().name(), form.projectName())));
                }
            }
        }
        List<Match> candidates = new ArrayList<>();
        for (PerformanceTarget form : open) {
            for (PerformanceProject p : projects) {
                if (paired.containsKey(p)) {
                    continue;
                }
                PerformanceNames.Similarity s = PerformanceNames.compare(p.name(), form.projectName());
                if (s.kind() == PerformanceNames.Kind.NEAR && (!shortName(p, form) || sameMoney(p, form))) {
                    candidates.add(new Match(form, p, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Match c) -> c.similarity().ratio())
                .thenComparing(c -> sameMoney(c.project(), c.form()) ? 0 : 1));
        for (Match c : candidates) {
            if (!m.byForm.containsKey(c.form()) && !paired.containsKey(c.project())) {
                paired.put(c.project(), c.form());
                m.add(c);
            }
        }
        for (PerformanceTarget form : open) {
            if (!m.byForm.containsKey(form)) {
                m.formsWithoutProject.add(form);
            }
        }
        for (PerformanceProject p : projects) {
            if (!paired.containsKey(p)) {
                m.projectsWithoutForm.add(p);
            }
        }
        return m;
    }

    private boolean isDuplicate(PerformanceTarget form) {
        return duplicates.stream().anyMatch(d -> d.form() == form);
    }

    private void add(Match match) {
        matches.add(match);
        byForm.put(match.form(), match);
    }

    /** Names of four characters or fewer are paired by similarity only when the money agrees too. */
    private static boolean shortName(PerformanceProject p, PerformanceTarget form) {
        return Math.min(PerformanceNames.fold(p.name()).length(), PerformanceNames.fold(form.projectName()).length()) <= 4;
    }

    /** Whether the form's 年度资金总额 is one of the project's accepted amounts. */
    static boolean sameMoney(PerformanceProject p, PerformanceTarget form) {
        Amount annual = form.annualFunds() == null ? null : form.annualFunds().total();
        if (annual == null) {
            return false;
        }
        BigDecimal yuan = annual.to(MoneyUnit.YUAN).value();
        return p.acceptedAnnualAmounts().stream()
                .anyMatch(w -> Amount.wan(w).to(MoneyUnit.YUAN).value().compareTo(yuan) == 0);
    }

    List<Match> matches() {
        return matches;
    }

    List<Duplicate> duplicates() {
        return duplicates;
    }

    List<PerformanceProject> projectsWithoutForm() {
        return projectsWithoutForm;
    }

    List<PerformanceTarget> formsWithoutProject() {
        return formsWithoutProject;
    }

    /** The project paired with a form, if any. */
    Optional<Match> match(PerformanceTarget form) {
        return Optional.ofNullable(byForm.get(form));
    }
}
