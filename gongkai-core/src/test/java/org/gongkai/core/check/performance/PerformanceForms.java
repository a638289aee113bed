package org.gongkai.core.check.performance;

import org.gongkai.core.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.ReadingNote;

/** Rebuilds performance forms and disclosures (records are immutable) for the rule tests. */
final class PerformanceForms {

    private PerformanceForms() {
    }

    /** A mutable copy of a form. */
    static final class Form {
        String title;
        String projectName;
        String competentDepartment;
        String departmentCode;
        String implementingUnit;
        String attribute;
        String projectTerm;
        FundsBreakdown periodFunds;
        FundsBreakdown annualFunds;
        String overview;
        String basis;
        String necessity;
        String measures;
        String plan;
        String periodGoal;
        String annualGoal;
        List<Indicator> periodIndicators;
        List<Indicator> annualIndicators;
        List<IndicatorGroup> groups;
        String filingDate;
        List<ReadingNote> missing;
        int line;
        int endLine;
        private final PerformanceTarget from;

        private Form(PerformanceTarget t) {
            from = t;
            title = t.title();
            projectName = t.projectName();
            competentDepartment = t.competentDepartment();
            departmentCode = t.departmentCode();
            implementingUnit = t.implementingUnit();
            attribute = t.attribute();
            projectTerm = t.projectTerm();
            periodFunds = t.periodFunds();
            annualFunds = t.annualFunds();
            overview = t.overview();
            basis = t.basis();
            necessity = t.necessity();
            measures = t.measures();
            plan = t.plan();
            periodGoal = t.periodGoal();
            annualGoal = t.annualGoal();
            periodIndicators = new ArrayList<>(t.periodIndicators());
            annualIndicators = new ArrayList<>(t.annualIndicators());
            groups = new ArrayList<>(t.groups());
            filingDate = t.filingDate();
            missing = new ArrayList<>(t.missing());
            line = t.line();
            endLine = t.endLine();
        }

        /** Changes the indicators of one column whose name is {@code name}. */
        Form indicator(PerformanceColumn column, String name, UnaryOperator<Indicator> change) {
            List<Indicator> list = column == PerformanceColumn.PERIOD ? periodIndicators : annualIndicators;
            boolean found = false;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).name().equals(name)) {
                    list.set(i, change.apply(list.get(i)));
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException("no " + column + " indicator " + name + " in " + projectName);
            }
            return this;
        }

        /** Sets the value of the indicator {@code name} in one column. */
        Form value(PerformanceColumn column, String name, String value) {
            return indicator(column, name, i -> new Indicator(i.level1(), i.level2(), i.name(), value, i.line()));
        }

        PerformanceTarget build() {
            return new PerformanceTarget(title, projectName, competentDepartment, departmentCode, implementingUnit,
                    attribute, projectTerm, periodFunds, annualFunds, overview, basis, necessity, measures, plan,
                    periodGoal, annualGoal, periodIndicators, annualIndicators, groups, from.responsible(),
                    from.handler(), from.phone(), filingDate, missing, SourceRef.line(line), SourceRef.line(endLine));
        }
    }

    static Form edit(PerformanceTarget t) {
        return new Form(t);
    }

    /** The form of the project printed as {@code name}. */
    static PerformanceTarget form(Disclosure d, String name) {
        return d.performanceTargets().stream().filter(t -> t.projectName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no form " + name));
    }

    /** The disclosure with the form of {@code name} replaced by {@code change} applied to it. */
    static Disclosure change(Disclosure d, String name, UnaryOperator<Form> change) {
        List<PerformanceTarget> forms = new ArrayList<>();
        boolean found = false;
        for (PerformanceTarget t : d.performanceTargets()) {
            if (t.projectName().equals(name)) {
                forms.add(change.apply(edit(t)).build());
                found = true;
            } else {
                forms.add(t);
            }
        }
        if (!found) {
            throw new AssertionError("no form " + name);
        }
        return withForms(d, forms);
    }

    static Disclosure withForms(Disclosure d, List<PerformanceTarget> forms) {
        return new Disclosure(d.metadata(), d.tableOfContents(), d.overview(), d.tables(), d.narrative(), forms,
                d.procurement(), d.assets(), d.glossary(), d.readingNotes());
    }

    /** The disclosure with its tables replaced. */
    static Disclosure withTables(Disclosure d, List<PrintedTable> tables) {
        return new Disclosure(d.metadata(), d.tableOfContents(), d.overview(), tables, d.narrative(),
                d.performanceTargets(), d.procurement(), d.assets(), d.glossary(), d.readingNotes());
    }
}
