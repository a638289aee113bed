package org.gongkai.core.model;

import java.util.List;
import java.util.Optional;

/**
 * 部门预算公开: one published document as printed — every table cell, every paragraph, every
 * performance indicator — with the line each value was read from.
 */
public record Disclosure(
        Metadata metadata,
        List<TocEntry> tableOfContents,
        Overview overview,
        List<PrintedTable> tables,
        Narrative narrative,
        List<PerformanceTarget> performanceTargets,
        Procurement procurement,
        Assets assets,
        List<GlossaryEntry> glossary,
        List<ReadingNote> readingNotes) {

    public Disclosure {
        tableOfContents = List.copyOf(tableOfContents);
        tables = List.copyOf(tables);
        performanceTargets = List.copyOf(performanceTargets);
        glossary = List.copyOf(glossary);
        readingNotes = List.copyOf(readingNotes);
    }

    /** The table of the given role, if the document prints one: how code finds a table. */
    public Optional<PrintedTable> table(TableRole role) {
        return tables.stream().filter(t -> t.role() == role).findFirst();
    }

    public Optional<PrintedTable> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
