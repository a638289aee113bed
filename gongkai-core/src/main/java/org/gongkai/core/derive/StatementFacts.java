package org.gongkai.core.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.facts.Money;
import org.gongkai.core.facts.StatementTexts;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.CodeLevel;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.model.TextBlock;

/**
 * infer, the part of a 预算编制说明 that states the 财政拨款 year on year and explains each 项 (上海's
 * layout), and the statements printed as written: last year's 财政拨款 figures (this year's amount
 * less the change), the reason, each 项's purpose ("主要用于…", in the order of the 项 the revenue
 * table prints), the 其他相关情况说明 by heading, and the 项目经费情况说明 with their parts. A document
 * without such a narrative gives {@link StatementTexts#empty()}.
 */
final class StatementFacts {

    private static final String NUMBER = "([0-9][0-9,]*(?:\\.\\d+)?)";
    /** "财政拨款收入3,121.42万元，比2024年预算增加107.62万元" or "…0万元，与2024年预算持平". */
    private static final Pattern COMPARED = Pattern.compile("(财政拨款收入|财政拨款支出预算|一般公共预算拨款支出预算|政府性基金拨款支出预算"
            + "|国有资本经营预算拨款支出预算)\\s*" + NUMBER + "\\s*万元[，,]\\s*(?:比|与)\\s*\\d{4}\\s*年预算(?:执行数)?"
            + "(?:(增加|减少)\\s*" + NUMBER + "\\s*万元|持平|一致)");
    private static final Pattern REASON = Pattern.compile("主要原因是[：:]?\\s*(.+?)[。]?$");
    /** "1.“…（项）”25.77万元，主要用于…。[2023年当年预算执行数为60.13万元，…。主要原因是：…。]" */
    private static final Pattern ITEM = Pattern.compile("^\\d{1,3}\\s*[.．、]\\s*“.+?”.*?主要用于\\s*(.+?)\\s*(?:。|$)"
            + "(?:\\s*\\d{4}年当年预算执行数为\\s*" + NUMBER + "\\s*万元.*?(?:主要原因是[：:]?\\s*(.+?)\\s*。?)?)?$");
    private static final Pattern PART_HEADING = Pattern.compile("^[一二三四五六七八九十]+、\\s*(\\S{2,10})$");

    private StatementFacts() {
    }

    static StatementTexts read(Disclosure d) {
        if (d.narrative() == null || d.narrative().sections().isEmpty()) {
            return StatementTexts.empty();
        }
        List<NarrativeSection> sections = d.narrative().sections();
        NarrativeSection lead = sections.get(0);
        if (lead.number() != null) {
            return StatementTexts.empty();
        }
        Map<String, Amount> prior = new LinkedHashMap<>();
        String reason = null;
        List<String> purposes = new ArrayList<>();
        List<Amount> itemPrior = new ArrayList<>();
        List<String> itemReason = new ArrayList<>();
        for (String text : joined(lead.paragraphs())) {
            Matcher m = COMPARED.matcher(text);
            while (m.find()) {
                BigDecimal now = new BigDecimal(m.group(2).replace(",", ""));
                BigDecimal change = m.group(4) == null ? BigDecimal.ZERO : new BigDecimal(m.group(4).replace(",", ""));
                BigDecimal last = "增加".equals(m.group(3)) ? now.subtract(change) : now.add(change);
                prior.putIfAbsent(m.group(1), Money.of(last, MoneyUnit.WAN));
            }
            Matcher item = ITEM.matcher(text);
            if (item.matches()) {
                purposes.add(item.group(1));
                itemPrior.add(item.group(2) == null ? null : Money.of(new BigDecimal(item.group(2).replace(",", "")), MoneyUnit.WAN));
                itemReason.add(item.group(3));
                continue;
            }
            Matcher r = REASON.matcher(text);
            if (reason == null && text.contains("财政拨款") && r.find()) {
                reason = r.group(1).strip();
            }
        }
        Map<String, String> byCode = new LinkedHashMap<>();
        Map<String, Amount> priorByCode = new LinkedHashMap<>();
        Map<String, String> reasonByCode = new LinkedHashMap<>();
        List<FunctionCode> items = itemCodes(d);
        for (int i = 0; i < items.size() && i < purposes.size(); i++) {
            String code = items.get(i).digits();
            byCode.put(code, purposes.get(i));
            if (itemPrior.get(i) != null) {
                priorByCode.put(code, itemPrior.get(i));
            }
            if (itemReason.get(i) != null) {
                reasonByCode.put(code, itemReason.get(i));
            }
        }
        List<StatementTexts.Statement> statements = new ArrayList<>();
        List<StatementTexts.ProjectStatement> projects = new ArrayList<>();
        String title = null;
        List<StatementTexts.Statement> parts = null;
        for (int s = 1; s < sections.size(); s++) {
            NarrativeSection section = sections.get(s);
            List<String> paragraphs = new ArrayList<>();
            String heading = section.heading();
            if (section.number() == null && isProjectTitle(heading)) {
                if (parts != null) {
                    projects.add(new StatementTexts.ProjectStatement(title, parts));
                }
                title = heading.strip();
                parts = new ArrayList<>();
                heading = null;
            }
            String nextTitle = null;
            for (TextBlock p : section.paragraphs()) {
                String text = p.text().strip();
                Matcher part = PART_HEADING.matcher(text);
                if (isProjectTitle(text)) {
                    nextTitle = text;
                    continue;
                }
                if (parts != null && part.matches()) {
                    if (heading != null) {
                        parts.add(new StatementTexts.Statement(heading, paragraphs));
                    }
                    heading = part.group(1);
                    paragraphs = new ArrayList<>();
                    continue;
                }
                paragraphs.add(text);
            }
            if (heading != null) {
                (parts == null ? statements : parts).add(new StatementTexts.Statement(heading.strip(), paragraphs));
            }
            if (nextTitle != null) {
                if (parts != null) {
                    projects.add(new StatementTexts.ProjectStatement(title, parts));
                }
                title = nextTitle;
                parts = new ArrayList<>();
            }
        }
        if (parts != null) {
            projects.add(new StatementTexts.ProjectStatement(title, parts));
        }
        return new StatementTexts(prior.get("财政拨款收入"), prior.get("财政拨款支出预算"), prior.get("一般公共预算拨款支出预算"),
                prior.get("政府性基金拨款支出预算"), prior.get("国有资本经营预算拨款支出预算"), reason, byCode, priorByCode, reasonByCode, statements, projects);
    }

    /** The paragraphs with a line the reader broke off mid-sentence (no closing mark) joined to the next. */
    private static List<String> joined(List<TextBlock> paragraphs) {
        List<String> out = new ArrayList<>();
        for (TextBlock p : paragraphs) {
            String text = p.text().strip();
            int last = out.size() - 1;
            if (last >= 0 && !out.get(last).matches("(?s).*[。：:；;]$") && !text.matches("^\\d{1,3}\\s*[.．、]\\s*“.*")) {
                out.set(last, out.get(last) + text);
            } else {
                out.add(text);
            }
        }
        return out;
    }

    /** "项目经费情况说明", "科技创新专项经费情况说明": a short line that names a project's statement. */
    private static boolean isProjectTitle(String text) {
        return text != null && text.strip().endsWith("经费情况说明") && text.strip().length() <= 40 && !text.contains("。");
    }

    /** The 项 codes of the revenue table, in printed order. */
    private static List<FunctionCode> itemCodes(Disclosure d) {
        List<FunctionCode> out = new ArrayList<>();
        Optional<PrintedTable> revenue = d.table(TableRole.REVENUE_BY_FUNCTION);
        if (revenue.isEmpty() || !revenue.get().hasFunctionCodes()) {
            return out;
        }
        for (Optional<FunctionCode> c : revenue.get().functionCodes()) {
            c.filter(code -> code.level() == CodeLevel.ITEM && !out.contains(code)).ifPresent(out::add);
        }
        return out;
    }
}
