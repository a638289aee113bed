package org.gongkai.core.catalogue;

import java.util.List;
import java.util.Optional;

/** STUB until the catalogue branch lands. */
public final class Catalogue {
    public static Catalogue forYear(int year) { throw new UnsupportedOperationException(); }
    public int year() { return 0; }
    public int dataYear() { return 0; }
    public Optional<CatalogueEntry> function(String code) { return Optional.empty(); }
    public List<CatalogueEntry> functionClasses() { return List.of(); }
    public List<CatalogueEntry> functionChildren(String code) { return List.of(); }
    public Optional<CatalogueEntry> deptEconomic(String code) { return Optional.empty(); }
    public Optional<CatalogueEntry> deptEconomicByName(String name, String parentCode) { return Optional.empty(); }
    public List<CatalogueEntry> deptEconomicClasses() { return List.of(); }
    public Optional<CatalogueEntry> govEconomic(String code) { return Optional.empty(); }
    public Optional<CatalogueEntry> govEconomicByName(String name) { return Optional.empty(); }
    public static String normalizeCode(String printed) { return printed; }
}
