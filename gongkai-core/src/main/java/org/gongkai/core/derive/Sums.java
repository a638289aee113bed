package org.gongkai.core.derive;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Predicate;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.model.Numbers;

/** Sums of budget lines, and how a sum is printed in a cell. */
final class Sums {

    private Sums() {
    }

    /** Σ amounts of the lines that match; null when no line matches. */
    static BigDecimal sum(Collection<BudgetLine> lines, Predicate<BudgetLine> filter) {
        BigDecimal total = null;
        for (BudgetLine l : lines) {
            if (filter.test(l)) {
                total = total == null ? l.amount() : total.add(l.amount());
            }
        }
        return total;
    }

    static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }

    /** A cell: blank when nothing contributes or the sum is zero, else "1234.50". */
    static String cell(BigDecimal value) {
        return value == null || value.signum() == 0 ? "" : Numbers.tableCell(value);
    }

    /** Whether a function code lies under (or is) the given class/section/item code. */
    static boolean under(String functionCode, String prefix) {
        return functionCode != null && functionCode.startsWith(prefix);
    }
}
