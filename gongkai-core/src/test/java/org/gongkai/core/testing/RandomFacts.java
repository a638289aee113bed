package org.gongkai.core.testing;

import java.util.Random;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.derive.FactsGenerator;
import org.gongkai.core.facts.BudgetFacts;

/**
 * Random but consistent budget facts for property tests ({@link FactsGenerator}), for a 2026
 * department of a test district named 测试甲部 … 测试癸部.
 */
public final class RandomFacts {

    private static final FactsGenerator.Setting TEST_DISTRICT = new FactsGenerator.Setting("901", "测试区", 2026,
            "测试项目", "负责本系统的测试工作。", "测试区县级预算部门项目支出绩效目标表", "2026年1月31日");

    private final Random random;
    private final FactsGenerator generator;

    public RandomFacts(long seed) {
        this.random = new Random(seed);
        this.generator = new FactsGenerator(random, Catalogue.forYear(2026), TEST_DISTRICT);
    }

    public BudgetFacts next() {
        return generator.next("测试" + (char) ('甲' + random.nextInt(10)) + "部");
    }
}
