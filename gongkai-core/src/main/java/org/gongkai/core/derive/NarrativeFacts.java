package org.gongkai.core.derive;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.core.facts.DisclosureTexts;
import org.gongkai.core.facts.Money;
import org.gongkai.core.facts.PriorYear;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.TextBlock;

/**
 * infer, the narrative's part: last year's totals from the year-on-year statements, and the words
 * only the department knows (duties, reasons, what 人员经费/公用经费 cover, other notes). An amount
 * is read in the unit the sentence states ("22,769.98万元", "1,200元") and held in 元. A visible
 * placeholder ("【待填写：…】") is not the department's words: it is read as not given.
 */
final class NarrativeFacts {

    /** Any unit label, the longest first so that "万元" is not read as "元". */
    private static final String UNIT = Arrays.stream(MoneyUnit.values()).map(MoneyUnit::label)
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
            .collect(Collectors.joining("|", "(", ")"));
    private static final String NUMBER = "([0-9][0-9,]*(?:\\.\\d+)?)";
    private static final Pattern CHANGE = Pattern.compile("比上年(增加|增长|减少|下降)\\s*" + NUMBER + "\\s*" + UNIT);
    private static final Pattern FLAT = Pattern.compile("与上年持平");
    private static final Pattern CURRENT_FIGURE = Pattern.compile("(?:总计|当年支出)\\s*" + NUMBER + "\\s*" + UNIT);
    private static final Pattern REASON = Pattern.compile("主要原因是[：:]?(.+?)[。]?$");
    private static final Pattern COVERS = Pattern.compile("主要包括[：:](.+?)[。；]?$");

    private NarrativeFacts() {
    }

    /**
     * Last year's totals from the narrative's year-on-year statements: in a clause ("；"-separated)
     * that states "收入总计 X万元 … 比上年增加 Y万元", last year was X − Y.
     */
    static PriorYear priorYear(Disclosure d) {
        Amount revenue = null;
        Amount expenditure = null;
        Amount generalBudget = null;
        if (d.narrative() == null) {
            return PriorYear.unknown();
        }
        for (NarrativeSection s : d.narrative().sections()) {
            for (TextBlock p : s.paragraphs()) {
                for (String clause : p.text().split("[；;]")) {
                    Amount prior = priorFrom(clause);
                    if (prior == null) {
                        continue;
                    }
                    if (clause.contains("收入总计") && revenue == null) {
                        revenue = prior;
                    } else if (clause.contains("支出总计") && expenditure == null) {
                        expenditure = prior;
                    } else if (clause.contains("一般公共预算当年支出") && generalBudget == null) {
                        generalBudget = prior;
                    }
                }
            }
        }
        return new PriorYear(revenue, expenditure, generalBudget, null, null);
    }

    /** The narrative's own words: duties, organization, reasons, what 人员/公用经费 cover. */
    static DisclosureTexts texts(Disclosure d) {
        List<String> duties = d.overview() == null ? List.of() : paragraphs(d.overview().duties());
        List<String> organization = d.overview() == null ? List.of() : paragraphs(d.overview().organization());
        String revenueReason = null;
        String expenditureReason = null;
        String generalBudgetReason = null;
        String personnel = null;
        String operating = null;
        String services = null;
        String other = null;
        if (d.narrative() != null) {
            for (NarrativeSection s : d.narrative().sections()) {
                for (TextBlock p : s.paragraphs()) {
                    for (String clause : p.text().split("[；;]")) {
                        String reason = words(group(clause, REASON));
                        if (reason != null && clause.contains("收入总计") && revenueReason == null) {
                            revenueReason = reason;
                        } else if (reason != null && clause.contains("支出总计") && expenditureReason == null) {
                            expenditureReason = reason;
                        } else if (reason != null && clause.contains("一般公共预算当年支出") && generalBudgetReason == null) {
                            generalBudgetReason = reason;
                        }
                        String covers = words(group(clause, COVERS));
                        if (covers != null && clause.startsWith("人员经费")) {
                            personnel = covers;
                        } else if (covers != null && clause.startsWith("公用经费")) {
                            operating = covers;
                        }
                    }
                }
                if (s.heading().contains("其他说明")) {
                    services = words(textAfter(s, "政府购买服务"));
                    other = words(textAfter(s, "（二）"));
                }
            }
        }
        return new DisclosureTexts(duties, organization, revenueReason, expenditureReason, generalBudgetReason, personnel,
                operating, null, null, services, other, d.glossary());
    }

    /** The paragraphs' texts, placeholders left out. */
    private static List<String> paragraphs(List<TextBlock> blocks) {
        return blocks.stream().map(TextBlock::text).filter(t -> words(t) != null).toList();
    }

    /** The text as the department's words, or null when absent or a placeholder. */
    private static String words(String text) {
        return text == null || !Wording.placeholdersIn(text).isEmpty() ? null : text;
    }

    /** The paragraph that follows the first paragraph containing {@code marker}, if any. */
    private static String textAfter(NarrativeSection s, String marker) {
        List<TextBlock> ps = s.paragraphs();
        for (int i = 0; i + 1 < ps.size(); i++) {
            if (ps.get(i).text().contains(marker)) {
                return ps.get(i + 1).text();
            }
        }
        return null;
    }

    private static String group(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text.strip());
        return m.find() ? m.group(1).strip() : null;
    }

    private static Amount priorFrom(String clause) {
        Matcher m = CURRENT_FIGURE.matcher(clause);
        if (!m.find()) {
            return null;
        }
        Amount current = Money.of(Numbers.parseAmount(m.group(1)), MoneyUnit.parse(m.group(2)));
        if (FLAT.matcher(clause).find()) {
            return current;
        }
        Matcher c = CHANGE.matcher(clause);
        if (!c.find()) {
            return null;
        }
        Amount change = Money.of(Numbers.parseAmount(c.group(2)), MoneyUnit.parse(c.group(3)));
        boolean increase = c.group(1).equals("增加") || c.group(1).equals("增长");
        return Money.of(increase ? current.minus(change) : current.plus(change));
    }
}
