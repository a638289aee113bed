package org.gongkai.core.model;

import java.util.Optional;

/**
 * The level (级次) of a code in the 政府收支分类科目: 类, 款 or 项. The level follows from the
 * number of digits: 类 3, 款 5, 项 7 (经济分类 codes stop at 款).
 */
public enum CodeLevel {
    /** 类: 3 digits, e.g. 212 城乡社区支出, 302 商品和服务支出. */
    CLASS(3),
    /** 款: 5 digits, e.g. 21205 城乡社区环境卫生, 30207 邮电费. */
    SECTION(5),
    /** 项: 7 digits, e.g. 2120501 城乡社区环境卫生 (支出功能分类 only). */
    ITEM(7);

    private final int digits;

    CodeLevel(int digits) {
        this.digits = digits;
    }

    /** Number of digits of a code at this level. */
    public int digits() {
        return digits;
    }

    /** The level of a code with {@code length} digits, if any. */
    public static Optional<CodeLevel> ofLength(int length) {
        for (CodeLevel level : values()) {
            if (level.digits == length) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The code one level up: a 款's 类 (3 digits), a 项's 款 (5 digits); null for a 类. */
    public String parentOf(String code) {
        return this == CLASS ? null : code.substring(0, values()[ordinal() - 1].digits);
    }
}
