package org.gongkai.core.model;

import java.util.List;
import java.util.Optional;

/** 第三部分 情况说明: its heading and its numbered sections as text. */
public record Narrative(String heading, List<NarrativeSection> sections) {

    public Narrative {
        sections = List.copyOf(sections);
    }

    public Optional<NarrativeSection> section(String number) {
        return sections.stream().filter(s -> s.number().equals(number)).findFirst();
    }
}
