package org.gongkai.core.derive;

import java.util.Collection;
import java.util.function.Predicate;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.Money;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.FunctionCode;

/** Sums of budget lines, in the facts' unit (元). */
final class Sums {

    private Sums() {
    }

    /** Σ amounts of the lines that match; null when no line matches. */
    static Amount sum(Collection<BudgetLine> lines, Predicate<BudgetLine> filter) {
        Amount total = null;
        for (BudgetLine l : lines) {
            if (filter.test(l)) {
                total = total == null ? l.amount() : total.plus(l.amount());
            }
        }
        return Money.of(total);
    }

    /** a + b, where null is "nothing contributes" (null + null = null). */
    static Amount add(Amount a, Amount b) {
        return Money.add(a, b);
    }

    /** Whether a function code lies under (or is) the given 类, 款 or 项. */
    static boolean under(FunctionCode functionCode, FunctionCode prefix) {
        return functionCode != null && prefix.contains(functionCode);
    }
}
