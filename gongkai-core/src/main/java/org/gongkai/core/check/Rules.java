package org.gongkai.core.check;

import org.gongkai.core.check.code.CodeRules;
import org.gongkai.core.check.completeness.CompletenessRules;
import org.gongkai.core.check.cross.CrossTableRules;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.narrative.NarrativeRules;
import org.gongkai.core.check.performance.PerformanceRules;
import org.gongkai.core.check.table.ArithmeticRules;

import java.util.ArrayList;
import java.util.List;

/** The registry of every rule, by family. `./gongkai rules` and docs/rules.md are generated from it. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>();
        all.addAll(ArithmeticRules.all());
        all.addAll(CrossTableRules.all());
        all.addAll(NarrativeRules.all());
        all.addAll(PerformanceRules.all());
        all.addAll(CodeRules.all());
        all.addAll(CompletenessRules.all());
        return all;
    }
}
