package org.gongkai.app.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.model.MoneyUnit;

/**
 * Where a disclosure's money goes (支出去向): its budget lines summed by 支出功能分类 类 → 款 → 项, each
 * with its 基本支出 and 项目支出, and the projects that name their 功能科目 under the code they name.
 * Amounts are held in 元, exact, as the facts hold them; a page converts them to the unit the
 * document prints ({@link #unit}) and rounds each figure on its own, as the document does.
 */
final class MoneyTree {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One code: 类 (3 digits), 款 (5) or 项 (7); the root has the code "".
     *
     * @param own      the part of {@code total} booked on this very code, not on a code below it (a line coded to 类 or 款 only)
     * @param projects the projects whose 功能科目 is this code, in printed order
     */
    record Node(String code, String name, BigDecimal total, BigDecimal basic, BigDecimal project, BigDecimal own,
            List<Node> children, List<ProjectFacts> projects) {

        /** 0 root, 1 类, 2 款, 3 项. */
        int level() {
            return switch (code.length()) {
                case 0 -> 0;
                case 3 -> 1;
                case 5 -> 2;
                default -> 3;
            };
        }

        /** The projects' total, in 元. */
        BigDecimal projectsTotal() {
            BigDecimal s = BigDecimal.ZERO;
            for (ProjectFacts p : projects) {
                s = s.add(p.total().value());
            }
            return s;
        }
    }

    private final Node root;
    private final Map<String, Node> byCode;
    private final List<ProjectFacts> uncoded;
    private final MoneyUnit unit;

    private MoneyTree(Node root, Map<String, Node> byCode, List<ProjectFacts> uncoded, MoneyUnit unit) {
        this.root = root;
        this.byCode = byCode;
        this.uncoded = uncoded;
        this.unit = unit;
    }

    /** The tree of the facts; names from the year's catalogue where it knows the code (else null). */
    static MoneyTree of(BudgetFacts facts, Catalogue catalogue, MoneyUnit unit) {
        // sums by code: [total, basic, project, own]
        TreeMap<String, BigDecimal[]> sums = new TreeMap<>();
        BigDecimal[] all = zeros();
        for (BudgetLine l : facts.lines()) {
            String digits = l.functionCode().digits();
            BigDecimal v = l.amount().to(MoneyUnit.YUAN).value();
            add(all, v, l.kind().isBasic(), false);
            for (int len : new int[] {3, 5, 7}) {
                if (digits.length() >= len) {
                    String c = digits.substring(0, len);
                    add(sums.computeIfAbsent(c, k -> zeros()), v, l.kind().isBasic(), digits.length() == len || len == 7);
                }
            }
        }
        Map<String, List<ProjectFacts>> projects = new TreeMap<>();
        List<ProjectFacts> uncoded = new ArrayList<>();
        for (ProjectFacts p : facts.projects()) {
            String c = p.functionCode() == null ? null : p.functionCode().digits();
            while (c != null && !sums.containsKey(c)) {
                c = c.length() > 5 ? c.substring(0, 5) : c.length() > 3 ? c.substring(0, 3) : null;
            }
            if (c == null) {
                uncoded.add(p);
            } else {
                projects.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, Node> byCode = new TreeMap<>();
        List<Node> classes = build("", sums, projects, catalogue, byCode);
        Node root = new Node("", null, all[0], all[1], all[2], BigDecimal.ZERO, classes, List.of());
        byCode.put("", root);
        return new MoneyTree(root, Collections.unmodifiableMap(byCode), List.copyOf(uncoded), unit);
    }

    private static List<Node> build(String parent, TreeMap<String, BigDecimal[]> sums, Map<String, List<ProjectFacts>> projects,
            Catalogue catalogue, Map<String, Node> byCode) {
        int len = parent.isEmpty() ? 3 : parent.length() + 2;
        List<Node> out = new ArrayList<>();
        for (Map.Entry<String, BigDecimal[]> e : sums.subMap(parent, true, parent + Character.MAX_VALUE, true).entrySet()) {
            String c = e.getKey();
            if (c.length() != len || !c.startsWith(parent)) {
                continue;
            }
            List<Node> children = len < 7 ? build(c, sums, projects, catalogue, byCode) : List.of();
            BigDecimal[] s = e.getValue();
            String name = catalogue == null ? null : catalogue.function(c).map(CatalogueEntry::name).orElse(null);
            Node n = new Node(c, name, s[0], s[1], s[2], len < 7 ? s[3] : BigDecimal.ZERO, children,
                    List.copyOf(projects.getOrDefault(c, List.of())));
            byCode.put(c, n);
            out.add(n);
        }
        return List.copyOf(out);
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static void add(BigDecimal[] s, BigDecimal v, boolean basic, boolean own) {
        s[0] = s[0].add(v);
        s[basic ? 1 : 2] = s[basic ? 1 : 2].add(v);
        if (own) {
            s[3] = s[3].add(v);
        }
    }

    Node root() {
        return root;
    }

    Optional<Node> node(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The node's ancestors, 类 first, without the root and the node itself. */
    List<Node> ancestors(Node n) {
        List<Node> out = new ArrayList<>();
        for (int len = 3; len < n.code().length(); len += 2) {
            Node a = byCode.get(n.code().substring(0, len));
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** Projects whose 功能科目 the document does not give (or gives a code with no money). */
    List<ProjectFacts> uncoded() {
        return uncoded;
    }

    MoneyUnit unit() {
        return unit;
    }

    /** An amount in 元 in the document's unit, two decimals, half-up. */
    BigDecimal inUnit(BigDecimal yuan) {
        return inUnit(yuan, unit);
    }

    /** An amount in 元 in the unit, two decimals, half-up; null stays null. */
    static BigDecimal inUnit(BigDecimal yuan, MoneyUnit unit) {
        return yuan == null ? null : yuan.divide(unit.yuanPerUnit(), 2, RoundingMode.HALF_UP);
    }

    /** part ÷ whole × 100, half-up to two decimals (of the exact amounts); null when the whole is 0. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0 || part == null) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
