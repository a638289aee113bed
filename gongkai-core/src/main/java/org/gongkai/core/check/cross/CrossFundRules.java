package org.gongkai.core.check.cross;

import static org.gongkai.core.check.cross.CrossTables.perCode;
import static org.gongkai.core.check.cross.CrossTables.against;
import static org.gongkai.core.check.cross.CrossTables.codes;
import static org.gongkai.core.check.cross.CrossTables.scale;

import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.check.view.TableCodes;
import org.gongkai.core.check.view.TableEconomic;
import org.gongkai.core.check.view.TableSums;
import org.gongkai.core.check.view.TableText;
import org.gongkai.core.check.view.TableView;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TableRole;


/**
 * Rules of the family 表间勾稽 (domain.md §3, "Across tables"): each budget's expenditure table against revenue by function, and the general budget's basic expenditure against the economic classes. Tables are found by their role
 * in the profile; amounts are compared in the comparison unit (see {@link TableView#findInComparisonUnit}).
 */
final class CrossFundRules {

    static final Rule GENERAL_BUDGET_REVENUE = Rule.of("cross.general-budget-revenue", Category.CROSS_TABLE, Severity.ERROR,
            "{GENERAL_BUDGET_BY_FUNCTION}各科目（及合计）的“合计”等于{REVENUE_BY_FUNCTION}同一科目的“一般公共预算”列",
            (c, out) -> bySource(c, out, TableRole.GENERAL_BUDGET_BY_FUNCTION, FundSource.GENERAL_BUDGET)).alias("cross.t5-t2");

    static final Rule GOVERNMENT_FUND_REVENUE = Rule.of("cross.government-fund-revenue", Category.CROSS_TABLE, Severity.ERROR,
            "{GOVERNMENT_FUND_EXPENDITURE}各科目（及合计）的“合计”等于{REVENUE_BY_FUNCTION}同一科目的“政府性基金”列",
            (c, out) -> bySource(c, out, TableRole.GOVERNMENT_FUND_EXPENDITURE, FundSource.GOVERNMENT_FUND)).alias("cross.t8-t2");

    static final Rule STATE_CAPITAL_REVENUE = Rule.of("cross.state-capital-revenue", Category.CROSS_TABLE, Severity.ERROR,
            "{STATE_CAPITAL}各支出科目（及合计）的“合计”等于{REVENUE_BY_FUNCTION}同一科目的“国有资本经营预算”列",
            (c, out) -> bySource(c, out, TableRole.STATE_CAPITAL, FundSource.STATE_CAPITAL)).alias("cross.t9-t2");

    static final Rule BASIC_ECONOMIC_TOTAL = Rule.of("cross.basic-economic-total", Category.CROSS_TABLE, Severity.ERROR,
            "{GENERAL_BUDGET_BY_FUNCTION}“合计”行“基本支出”等于{BASIC_BY_ECONOMIC}“合计”行“合计”（一般公共预算基本支出）",
            CrossFundRules::basicEconomicTotal).alias("cross.t5-t6");

    private CrossFundRules() {
    }

    // ---- cross.t5-t2, cross.t8-t2, cross.t9-t2 ----------------------------------------------------

    static void bySource(CheckContext c, Findings out, TableRole layout, FundSource source) {
        Optional<TableCodes> detail = codes(c, layout);
        Optional<TableCodes> t2 = codes(c, TableRole.REVENUE_BY_FUNCTION);
        if (detail.isEmpty() || t2.isEmpty() || !t2.get().view().has(source.key()) || !detail.get().view().has("total")) {
            return;
        }
        TableCodes d = detail.get();
        TableCodes r = t2.get();
        TableView v = d.view();
        int scale = scale(v, r.view());
        String column = r.view().label(source.key());
        TableSums.compare(out, Severity.ERROR, d.totalLocation("total"), v.cell(d.totalLabel(), "total"),
                r.view().name() + "合计行“" + column + "”列", d.total("total"), r.total(source.key()), 1, scale, Map.of());
        perCode(out, d, r, "total", code -> r.value(code, source.key()),
                r.view().name() + "同一科目“" + column + "”列", 1, scale);
    }

    // ---- cross.basic-economic-total --------------------------------------------------------------------------

    static void basicEconomicTotal(CheckContext c, Findings out) {
        Optional<TableCodes> t5 = codes(c, TableRole.GENERAL_BUDGET_BY_FUNCTION);
        Optional<TableView> t6 = TableView.findInComparisonUnit(c, TableRole.BASIC_BY_ECONOMIC);
        if (t5.isEmpty() || t6.isEmpty() || !t5.get().view().has("basic")) {
            return;
        }
        TableCodes d = t5.get();
        TableEconomic e = TableEconomic.of(t6.get(), c.catalogue());
        TableView v6 = e.view();
        BigDecimal total6;
        Location other;
        String what;
        if (e.total().isPresent()) {
            TableRow r = e.total().get();
            String label = TableText.squeeze(v6.text(r, "deptEconomicName"));
            total6 = v6.amount(r, "total");
            other = v6.at(r, label, "total");
            what = v6.cell(label, "total");
        } else {
            total6 = null;
            for (TableEconomic.Line l : e.classes().isEmpty() ? e.lines() : e.classes()) {
                total6 = TableSums.add(total6, v6.amount(l.row(), "total"));
            }
            other = v6.atTable();
            what = v6.name() + "各类经济科目之和";
        }
        TableSums.compare(out, Severity.ERROR, d.totalLocation("basic"), d.view().cell(d.totalLabel(), "basic"), what,
                d.total("basic"), total6, 1, scale(d.view(), v6), against(other));
    }

}
