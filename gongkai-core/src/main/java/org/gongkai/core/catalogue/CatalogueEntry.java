package org.gongkai.core.catalogue;

import org.gongkai.core.model.CodeLevel;
import java.util.Objects;

/**
 * One code of a classification (科目): its code, name (科目名称) as printed, level (类/款/项) and
 * the code of the level above ({@code null} for a 类).
 */
public record CatalogueEntry(String code, String name, CodeLevel level, String parentCode) {

    public CatalogueEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
