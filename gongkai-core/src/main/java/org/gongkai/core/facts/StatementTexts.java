package org.gongkai.core.facts;

import java.util.List;
import java.util.Map;
import org.gongkai.core.model.Amount;

/**
 * What a layout that states the 财政拨款 year on year and explains each 项-level 科目 (上海's
 * 预算编制说明) needs beyond the tables, and the statements it prints as the department wrote them
 * (其他相关情况说明 parts without figures of their own, 项目经费情况说明). Amounts in 元; null = not stated.
 *
 * @param priorFiscalRevenue      上年财政拨款收入
 * @param priorFiscalExpenditure  上年财政拨款支出
 * @param priorGeneralBudget      上年一般公共预算拨款支出
 * @param priorGovernmentFund     上年政府性基金拨款支出
 * @param priorStateCapital       上年国有资本经营预算拨款支出
 * @param fiscalChangeReason      财政拨款收入支出增减的主要原因
 * @param itemPurposes            by 项 code (7 digits): what the money is for ("主要用于…" without those words)
 * @param itemPriors            by 项 code: last year's budget of the 项 where an item compares it (上年预算执行数)
 * @param itemReasons           by 项 code: the reason of its change where an item gives one
 * @param statements              the department's own statements by heading (其他相关情况说明: "政府采购预算情况" …)
 * @param projectStatements       项目经费情况说明, one per project (or one for all)
 */
public record StatementTexts(
        Amount priorFiscalRevenue,
        Amount priorFiscalExpenditure,
        Amount priorGeneralBudget,
        Amount priorGovernmentFund,
        Amount priorStateCapital,
        String fiscalChangeReason,
        Map<String, String> itemPurposes,
        Map<String, Amount> itemPriors,
        Map<String, String> itemReasons,
        List<Statement> statements,
        List<ProjectStatement> projectStatements) {

    public StatementTexts {
        priorFiscalRevenue = Money.of(priorFiscalRevenue);
        priorFiscalExpenditure = Money.of(priorFiscalExpenditure);
        priorGeneralBudget = Money.of(priorGeneralBudget);
        priorGovernmentFund = Money.of(priorGovernmentFund);
        priorStateCapital = Money.of(priorStateCapital);
        itemPurposes = itemPurposes == null ? Map.of() : Map.copyOf(itemPurposes);
        itemPriors = itemPriors == null ? Map.of() : Map.copyOf(itemPriors);
        itemReasons = itemReasons == null ? Map.of() : Map.copyOf(itemReasons);
        statements = statements == null ? List.of() : List.copyOf(statements);
        projectStatements = projectStatements == null ? List.of() : List.copyOf(projectStatements);
    }

    public static StatementTexts empty() {
        return new StatementTexts(null, null, null, null, null, null, Map.of(), Map.of(), Map.of(), List.of(), List.of());
    }

    /** A statement's paragraphs under its heading, as written. */
    public record Statement(String heading, List<String> paragraphs) {

        public Statement {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * One 项目经费情况说明: its title ("…项目经费情况说明") and its parts (项目概述, 立项依据, 实施主体,
     * 实施方案, 实施周期, 年度预算安排, 绩效目标), each a statement.
     */
    public record ProjectStatement(String title, List<Statement> parts) {

        public ProjectStatement {
            parts = List.copyOf(parts);
        }
    }

    /** The statement under a heading, or null. */
    public Statement statement(String heading) {
        return statements.stream().filter(s -> s.heading().equals(heading)).findFirst().orElse(null);
    }
}
