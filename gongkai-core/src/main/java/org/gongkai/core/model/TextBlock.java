package org.gongkai.core.model;

/** A paragraph of text as printed, with the line it starts on. */
public record TextBlock(String text, int line) {
}
