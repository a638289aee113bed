package org.gongkai.core.check;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;

import java.util.List;
import java.util.Map;

/**
 * The result of checking one document. JSON: {"document": {...}, "summary": {"error": n,
 * "warning": n, "info": n}, "findings": [...]} (docs/check-report.md).
 */
public record CheckReport(DocumentInfo document, Map<String, Integer> summary, List<Finding> findings) {

    /** Which document was checked. */
    public record DocumentInfo(String source, String department, int fiscalYear, String profile, String title) {
    }

    public CheckReport {
        findings = List.copyOf(findings);
    }

    public int count(Severity s) {
        return summary.getOrDefault(s.code(), 0);
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The ids of the rules that failed while running (each has a finding with evidence "failure"), in report order. */
    public List<String> failedRules() {
        return findings.stream().filter(f -> f.evidence().containsKey(Evidence.FAILURE.key()))
                .map(Finding::rule).distinct().toList();
    }
}
