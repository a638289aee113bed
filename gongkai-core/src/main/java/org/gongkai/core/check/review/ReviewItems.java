package org.gongkai.core.check.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.review.ReviewText.Para;
import org.gongkai.core.check.view.TableCodes;
import org.gongkai.core.check.view.TableView;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRole;

/**
 * The per-科目 items of the 编制说明 ("1.“一般公共服务支出（类）…（项）”1,202.95万元，…") and the
 * table rows they speak of.
 */
final class ReviewItems {

    /** "12. “A（类）B（款）C（项）”科目1,202.95万元" or "“A-B-C”科目…". */
    private static final Pattern ITEM = Pattern.compile(
            "^(\\d{1,3})\\s*[.．、]\\s*“([^”]{4,120})”\\s*(?:科目)?\\s*([\\d,]+(?:\\.\\d+)?)\\s*万元");
    private static final Pattern LEVELS = Pattern.compile("^(.+?)[（(]类[）)](.+?)[（(]款[）)](.+?)[（(]项[）)]$");

    /** The tables whose 科目 the items speak of, searched in this order (财政拨款 first). */
    private static final List<TableRole> TABLES = List.of(TableRole.GENERAL_BUDGET_BY_FUNCTION,
            TableRole.GOVERNMENT_FUND_EXPENDITURE, TableRole.STATE_CAPITAL, TableRole.EXPENDITURE_BY_FUNCTION);

    /** An item as printed: its quoted 科目 (类, 款, 项 names) and its headline amount in 万元. */
    record Item(Para para, String quoted, List<String> names, String amountText, BigDecimal amount) {
    }

    /** A 项-level row of a table with the names of its 类, 款 and 项 and its amount in 万元. */
    record Subject(String code, List<String> names, BigDecimal amountWan, String table) {
    }

    /** An item paired with the row it speaks of (null when none fits) and whether the names are the same. */
    record Match(Item item, Subject subject, boolean sameNames) {
    }

    private ReviewItems() {
    }

    static List<Item> items(CheckContext c) {
        return c.memo("review.items", ReviewItems::readItems);
    }

    private static List<Item> readItems(CheckContext c) {
        List<Item> out = new ArrayList<>();
        for (Para p : ReviewText.paragraphs(c)) {
            Matcher m = ITEM.matcher(p.text());
            if (!m.find()) {
                continue;
            }
            List<String> names = split(m.group(2));
            if (names.size() != 3) {
                continue;
            }
            out.add(new Item(p, m.group(2), names, m.group(3), ReviewText.figure(m.group(3))));
        }
        return List.copyOf(out);
    }

    /** "A（类）B（款）C（项）" or "A-B-C" as its three names; fewer when it is neither. */
    static List<String> split(String quoted) {
        String q = quoted.strip();
        Matcher m = LEVELS.matcher(q);
        if (m.matches()) {
            return List.of(ReviewText.name(m.group(1)), ReviewText.name(m.group(2)), ReviewText.name(m.group(3)));
        }
        String[] parts = q.split("\\s*[-－—]\\s*");
        if (parts.length == 3) {
            return List.of(ReviewText.name(parts[0]), ReviewText.name(parts[1]), ReviewText.name(parts[2]));
        }
        return List.of();
    }

    static List<Match> matches(CheckContext c) {
        return c.memo("review.matches", ReviewItems::match);
    }

    private static List<Match> match(CheckContext c) {
        List<Subject> subjects = subjects(c);
        List<Match> out = new ArrayList<>();
        for (Item item : items(c)) {
            Subject exact = null;
            for (Subject s : subjects) {
                if (s.names().equals(item.names())) {
                    exact = s;
                    break;
                }
            }
            if (exact != null) {
                out.add(new Match(item, exact, true));
                continue;
            }
            out.add(new Match(item, closest(item, subjects), false));
        }
        return List.copyOf(out);
    }

    /**
     * The row an item whose names are not a table's names most likely means: its 类 printed the
     * same, and its 款 and 项 close (or one of them the same); among several, the one whose amount is
     * the item's, else the closest by name. Null when none is close enough to say.
     */
    private static Subject closest(Item item, List<Subject> subjects) {
        List<Subject> near = new ArrayList<>();
        for (Subject s : subjects) {
            if (!s.names().get(0).equals(item.names().get(0))) {
                continue;
            }
            double kuan = ReviewText.similarity(s.names().get(1), item.names().get(1));
            double xiang = ReviewText.similarity(s.names().get(2), item.names().get(2));
            if ((kuan == 1 && xiang >= 0.6) || (xiang == 1 && kuan >= 0.5) || (kuan >= 0.5 && xiang >= 0.5)
                    || (xiang >= 0.6 && s.names().get(1).equals(item.names().get(2)))
                    || (xiang >= 0.6 && s.names().get(2).equals(item.names().get(2)))) {
                near.add(s);
            }
        }
        if (near.isEmpty()) {
            return null;
        }
        List<Subject> sameAmount = near.stream().filter(s -> s.amountWan() != null && sameWan(item, s.amountWan())).toList();
        if (sameAmount.size() == 1) {
            return sameAmount.get(0);
        }
        Subject best = null;
        double bestScore = -1;
        boolean tie = false;
        for (Subject s : near) {
            double score = ReviewText.similarity(s.names().get(1), item.names().get(1))
                    + ReviewText.similarity(s.names().get(2), item.names().get(2));
            if (score > bestScore + 1e-9) {
                best = s;
                bestScore = score;
                tie = false;
            } else if (Math.abs(score - bestScore) <= 1e-9) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Whether a table amount in 万元 is the item's amount as printed, after rounding to the item's decimals. */
    static boolean sameWan(Item item, BigDecimal tableWan) {
        int scale = Math.max(0, Math.min(2, item.amount().scale()));
        return tableWan.setScale(scale, RoundingMode.HALF_UP).compareTo(item.amount().setScale(scale, RoundingMode.HALF_UP)) == 0;
    }

    private static List<Subject> subjects(CheckContext c) {
        Map<String, Subject> byCode = new LinkedHashMap<>();
        for (TableRole role : TABLES) {
            Optional<TableView> view = TableView.find(c, role);
            if (view.isEmpty()) {
                continue;
            }
            Optional<TableCodes> codes = TableCodes.of(view.get(), PrintedTable.CODE);
            if (codes.isEmpty()) {
                continue;
            }
            TableCodes t = codes.get();
            String amountKey = t.section().amountKeys().isEmpty() ? null : t.section().amountKeys().get(0);
            for (TableCodes.CodeRow r : t.rows()) {
                if (r.code().length() != 7 || byCode.containsKey(r.code())) {
                    continue;
                }
                String n3 = nameOf(c, t, r.code().substring(0, 3));
                String n5 = nameOf(c, t, r.code().substring(0, 5));
                BigDecimal amount = amountKey == null ? null : t.view().amount(r.row(), amountKey);
                byCode.put(r.code(), new Subject(r.code(), List.of(n3, n5, ReviewText.name(r.name())),
                        amount == null ? null : toWan(amount, t.view().printedUnit()), view.get().name()));
            }
        }
        return List.copyOf(byCode.values());
    }

    private static String nameOf(CheckContext c, TableCodes t, String code) {
        Optional<TableCodes.CodeRow> r = t.row(code);
        if (r.isPresent() && !r.get().name().isEmpty()) {
            return ReviewText.name(r.get().name());
        }
        return c.catalogue().function(code).map(CatalogueEntry::name).map(ReviewText::name).orElse("");
    }

    static BigDecimal toWan(BigDecimal amount, MoneyUnit unit) {
        if (unit == null || unit == MoneyUnit.WAN) {
            return amount;
        }
        return amount.multiply(unit.yuanPerUnit()).divide(MoneyUnit.WAN.yuanPerUnit(), 6, RoundingMode.HALF_UP);
    }
}
