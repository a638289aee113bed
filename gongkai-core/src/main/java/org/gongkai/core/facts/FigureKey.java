package org.gongkai.core.facts;

import java.util.Locale;
import org.gongkai.core.model.TableRole;

/**
 * The name of a figure the narrative quotes (说明中引用的数字): one vocabulary for the writer, which
 * cites the figure when it states it, and the narrative checks, which read the figure from the
 * printed tables under the same key. A key names the table by its role and the column by its key,
 * never by a table number of one profile.
 *
 * <p>Totals have fixed keys ({@link #REVENUE_TOTAL} "revenue.total", {@link #GENERAL_TOTAL}
 * "general.total", …); figures by source have one key per {@link FundSource}
 * ("revenue.generalBudget", "fiscal.generalBudget.carryover"); a 科目 row is
 * "row.{role}.{code or name}" ("row.general-budget-by-function.2120501", "row.fiscal-summary.城乡社区支出").
 *
 * @param id     the key as written in evidence and figure sources
 * @param role   the table the figure is a cell of
 * @param column the column key of the cell
 */
public record FigureKey(String id, TableRole role, String column) {

    // 预算收支总表: income side
    public static final FigureKey REVENUE_CURRENT = new FigureKey("revenue.current", TableRole.BUDGET_SUMMARY, "incomeAmount");
    public static final FigureKey REVENUE_CARRYOVER = new FigureKey("revenue.carryover", TableRole.BUDGET_SUMMARY, "incomeAmount");
    public static final FigureKey REVENUE_TOTAL = new FigureKey("revenue.total", TableRole.BUDGET_SUMMARY, "incomeAmount");
    // 预算收支总表: expenditure side
    public static final FigureKey EXPENDITURE_CURRENT = new FigureKey("expenditure.current", TableRole.BUDGET_SUMMARY, "total");
    public static final FigureKey EXPENDITURE_TOTAL = new FigureKey("expenditure.total", TableRole.BUDGET_SUMMARY, "total");
    /** 支出总计 of 当年预算安排 */
    public static final FigureKey EXPENDITURE_ARRANGED = new FigureKey("expenditure.arranged", TableRole.BUDGET_SUMMARY, "currentYear");
    /** 支出总计 of 上年结转安排 */
    public static final FigureKey EXPENDITURE_CARRYOVER = new FigureKey("expenditure.carryover", TableRole.BUDGET_SUMMARY, "carryover");
    /** 年终结转 */
    public static final FigureKey EXPENDITURE_CARRYFORWARD = new FigureKey("expenditure.carryforward", TableRole.BUDGET_SUMMARY, "total");
    // 财政拨款收支总表
    public static final FigureKey FISCAL_CURRENT = new FigureKey("fiscal.current", TableRole.FISCAL_SUMMARY, "incomeAmount");
    public static final FigureKey FISCAL_CARRYOVER = new FigureKey("fiscal.carryover", TableRole.FISCAL_SUMMARY, "incomeAmount");
    public static final FigureKey FISCAL_TOTAL = new FigureKey("fiscal.total", TableRole.FISCAL_SUMMARY, "incomeAmount");
    /** 支出总计 (小计) */
    public static final FigureKey FISCAL_EXPENDITURE = new FigureKey("fiscal.expenditure", TableRole.FISCAL_SUMMARY, "subtotal");
    /** 年终结转 (小计) */
    public static final FigureKey FISCAL_CARRYFORWARD = new FigureKey("fiscal.carryforward", TableRole.FISCAL_SUMMARY, "subtotal");
    // 预算支出总表: 合计 row
    public static final FigureKey ALL_TOTAL = new FigureKey("all.total", TableRole.EXPENDITURE_BY_FUNCTION, "total");
    public static final FigureKey ALL_BASIC = new FigureKey("all.basic", TableRole.EXPENDITURE_BY_FUNCTION, "basic");
    public static final FigureKey ALL_PROJECT = new FigureKey("all.project", TableRole.EXPENDITURE_BY_FUNCTION, "project");
    // 一般公共预算支出表: 合计 row
    public static final FigureKey GENERAL_TOTAL = new FigureKey("general.total", TableRole.GENERAL_BUDGET_BY_FUNCTION, "total");
    public static final FigureKey GENERAL_BASIC = new FigureKey("general.basic", TableRole.GENERAL_BUDGET_BY_FUNCTION, "basic");
    public static final FigureKey GENERAL_PROJECT = new FigureKey("general.project", TableRole.GENERAL_BUDGET_BY_FUNCTION, "project");
    // 一般公共预算基本支出表: 合计 row
    public static final FigureKey BASIC_TOTAL = new FigureKey("basic.total", TableRole.BASIC_BY_ECONOMIC, "total");
    public static final FigureKey BASIC_PERSONNEL = new FigureKey("basic.personnel", TableRole.BASIC_BY_ECONOMIC, "personnel");
    public static final FigureKey BASIC_OPERATING = new FigureKey("basic.operating", TableRole.BASIC_BY_ECONOMIC, "operating");
    // "三公"经费支出预算表
    public static final FigureKey THREE_PUBLIC_TOTAL = new FigureKey("threePublic.total", TableRole.THREE_PUBLIC, "total");
    public static final FigureKey THREE_PUBLIC_OUTBOUND = new FigureKey("threePublic.outbound", TableRole.THREE_PUBLIC, "total");
    public static final FigureKey THREE_PUBLIC_RECEPTION = new FigureKey("threePublic.reception", TableRole.THREE_PUBLIC, "total");
    public static final FigureKey THREE_PUBLIC_VEHICLE = new FigureKey("threePublic.vehicle", TableRole.THREE_PUBLIC, "total");
    public static final FigureKey THREE_PUBLIC_VEHICLE_PURCHASE = new FigureKey("threePublic.vehiclePurchase", TableRole.THREE_PUBLIC, "total");
    public static final FigureKey THREE_PUBLIC_VEHICLE_OPERATION = new FigureKey("threePublic.vehicleOperation", TableRole.THREE_PUBLIC, "total");
    // 机关运行经费预算表
    public static final FigureKey AGENCY_TOTAL = new FigureKey("agency.total", TableRole.AGENCY_OPERATING, "total");
    // 项目支出预算表: the sum of the projects
    public static final FigureKey PROJECTS_CURRENT = new FigureKey("projects.current", TableRole.PROJECTS_CURRENT_YEAR, "total");
    public static final FigureKey PROJECTS_CARRYOVER = new FigureKey("projects.carryover", TableRole.PROJECTS_CARRYOVER, "total");

    /** 预算收支总表, income from one source ("revenue.generalBudget"). */
    public static FigureKey revenue(FundSource source) {
        return new FigureKey("revenue." + source.key(), TableRole.BUDGET_SUMMARY, "incomeAmount");
    }

    /** 财政拨款收支总表, this year's income from one fiscal budget ("fiscal.generalBudget"). */
    public static FigureKey fiscal(FundSource source) {
        return new FigureKey("fiscal." + source.key(), TableRole.FISCAL_SUMMARY, "incomeAmount");
    }

    /** 财政拨款收支总表, last year's carryover of one fiscal budget ("fiscal.generalBudget.carryover"). */
    public static FigureKey fiscalCarryover(FundSource source) {
        return new FigureKey("fiscal." + source.key() + ".carryover", TableRole.FISCAL_SUMMARY, "incomeAmount");
    }

    /** 财政拨款收支总表, one fiscal budget this year and carried over together ("fiscal.generalBudget.all"). */
    public static FigureKey fiscalAll(FundSource source) {
        return new FigureKey("fiscal." + source.key() + ".all", TableRole.FISCAL_SUMMARY, "incomeAmount");
    }

    /** 财政拨款收支总表, 支出总计 of one fiscal budget's column ("fiscal.generalBudget.expenditure"). */
    public static FigureKey fiscalExpenditure(FundSource source) {
        return new FigureKey("fiscal." + source.key() + ".expenditure", TableRole.FISCAL_SUMMARY, source.key());
    }

    /**
     * A 科目 row: by its code where the table prints one ("2120501"), else by its name without
     * numbering ("城乡社区支出").
     */
    public static FigureKey row(TableRole role, String codeOrName, String column) {
        return new FigureKey("row." + roleKey(role) + "." + codeOrName, role, column);
    }

    /** "general-budget-by-function" for {@link TableRole#GENERAL_BUDGET_BY_FUNCTION}. */
    public static String roleKey(TableRole role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return id;
    }
}
