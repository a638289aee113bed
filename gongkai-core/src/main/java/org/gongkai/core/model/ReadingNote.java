package org.gongkai.core.model;

/**
 * Something the reader could not find or had to interpret: a value that is not in the text (field
 * and line), a row whose cells were shifted. Never a guess: the value stays missing.
 *
 * @param field   what was looked for, e.g. "annualFunds.total"
 * @param line    where
 * @param message in Chinese, for the user
 */
public record ReadingNote(String field, int line, String message) {
}
