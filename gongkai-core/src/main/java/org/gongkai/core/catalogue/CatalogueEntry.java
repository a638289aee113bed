package org.gongkai.core.catalogue;

/** STUB until the catalogue branch lands. */
public record CatalogueEntry(String code, String name, CodeLevel level, String parentCode) {}
