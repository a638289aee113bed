package org.gongkai.core.profile;

/**
 * One part of a layout's document, in printed order: what it holds, its line in the 目录, and the
 * heading printed over it. "{year}", "{kind}" (部门/单位) and "{department}" stand for the document's own.
 *
 * @param part    what the part holds
 * @param toc     the 目录 line ("一、{kind}主要职能")
 * @param heading the heading over the part ("{department}主要职能"); null when its sections carry their own
 */
public record DocumentPart(Kind part, String toc, String heading) {

    /** What a part holds. */
    public enum Kind {
        /** 主要职能 (the overview's duties) */
        DUTIES,
        /** 机构设置 (the overview's organization) */
        ORGANIZATION,
        /** 名词解释 */
        GLOSSARY,
        /** the narrative's unnumbered sections before the first numbered one (预算编制说明) */
        EXPLANATION,
        /** the tables */
        TABLES,
        /** the narrative's numbered sections (其他相关情况说明) */
        OTHER,
        /** the narrative's unnumbered sections after the numbered ones (项目经费情况说明) */
        PROJECTS
    }

    public DocumentPart {
        if (part == null || toc == null) {
            throw new IllegalArgumentException("a document part needs its part and its 目录 line");
        }
    }

    /** A text with the document's year, kind word and department filled in. */
    public static String fill(String template, int year, String kindWord, String department) {
        return template == null ? null
                : template.replace("{year}", Integer.toString(year)).replace("{kind}", kindWord)
                        .replace("{department}", department == null ? "" : department);
    }
}
