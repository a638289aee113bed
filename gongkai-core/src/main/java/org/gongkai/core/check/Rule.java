package org.gongkai.core.check;

/** A consistency rule over a printed disclosure. Implementations are stateless. */
public interface Rule {

    RuleInfo info();

    /** Reports what is wrong through {@code out}; must not throw on odd documents (report instead). */
    void check(CheckContext context, Findings out);
}
