package org.gongkai.core.model;

/** One entry of 第四部分 名词解释. */
public record GlossaryEntry(String number, String term, String definition, int line) {
}
