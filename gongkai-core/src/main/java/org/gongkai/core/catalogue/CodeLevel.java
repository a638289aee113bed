package org.gongkai.core.catalogue;

/** STUB until the catalogue branch lands. */
public enum CodeLevel { CLASS, SECTION, ITEM }
