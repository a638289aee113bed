package org.gongkai.core.catalogue;

import org.gongkai.core.model.CodeLevel;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogues on the classpath under {@code org/gongkai/core/catalogue/<year>/}, cached: see
 * {@link CatalogueSource#shipped()}.
 */
final class ShippedCatalogues implements CatalogueSource {

    static final ShippedCatalogues INSTANCE = new ShippedCatalogues();

    private static final String ROOT = "org/gongkai/core/catalogue/";
    /** 政府收支分类 in its present form (功能/经济 split) starts with the 2007 budget. */
    private static final int FIRST_YEAR = 2007;
    /** Bounds the search for an earlier year's folder. */
    private static final int LAST_YEAR = 9999;
    private static final Set<CodeLevel> FUNCTION_LEVELS = EnumSet.allOf(CodeLevel.class);
    private static final Set<CodeLevel> ECONOMIC_LEVELS = EnumSet.of(CodeLevel.CLASS, CodeLevel.SECTION);

    /** By requested year; a year without data shares the tables of the year it falls back to. */
    private final Map<Integer, Catalogue> byYear = new ConcurrentHashMap<>();
    /** By data year: each year's files are read once. */
    private final Map<Integer, Catalogue> loaded = new ConcurrentHashMap<>();

    private ShippedCatalogues() {
    }

    @Override
    public Catalogue forYear(int year) {
        return byYear.computeIfAbsent(year, y -> loaded.computeIfAbsent(dataYearFor(y), ShippedCatalogues::load).asYear(y));
    }

    private static int dataYearFor(int year) {
        if (year > LAST_YEAR) {
            throw new IllegalArgumentException("Not a budget year: " + year);
        }
        for (int y = year; y >= FIRST_YEAR; y--) {
            if (ShippedCatalogues.class.getClassLoader().getResource(resource(y, "function-codes.csv")) != null) {
                return y;
            }
        }
        throw new IllegalArgumentException("No classification catalogue (政府收支分类科目) for " + year
                + " or any earlier year: no " + ROOT + "<year>/function-codes.csv on the classpath for "
                + FIRST_YEAR + "–" + year);
    }

    private static Catalogue load(int year) {
        return new Catalogue(year, year,
                read(year, "function-codes.csv", FUNCTION_LEVELS),
                read(year, "dept-economic-codes.csv", ECONOMIC_LEVELS),
                read(year, "gov-economic-codes.csv", ECONOMIC_LEVELS));
    }

    private static CodeTable read(int year, String file, Set<CodeLevel> levels) {
        String resource = resource(year, file);
        InputStream in = ShippedCatalogues.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing catalogue file " + resource);
        }
        return CodeTable.read(resource, new InputStreamReader(in, StandardCharsets.UTF_8), levels);
    }

    private static String resource(int year, String file) {
        return ROOT + year + "/" + file;
    }
}
