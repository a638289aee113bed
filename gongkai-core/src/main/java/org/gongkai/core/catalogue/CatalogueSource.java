package org.gongkai.core.catalogue;

/**
 * Where the 政府收支分类科目 come from, by budget year: the catalogues shipped with Gongkai
 * ({@link #shipped()}), or, in a server, catalogues stored or uploaded for a region.
 */
@FunctionalInterface
public interface CatalogueSource {

    /**
     * The catalogue for budget year {@code year}.
     *
     * @throws IllegalArgumentException when the source has no catalogue for the year
     */
    Catalogue forYear(int year);

    /**
     * The catalogues shipped as resources: a year's own data, or, when the year has no folder, the
     * data of the nearest earlier year that has one. Each year's files are read once.
     */
    static CatalogueSource shipped() {
        return ShippedCatalogues.INSTANCE;
    }
}
