package org.gongkai.core.render;

/**
 * A minimal builder of well-formed XHTML (the PDF engine parses it as XML): text and attribute
 * values are escaped, nothing else is checked.
 */
final class Html {

    private final StringBuilder out;

    Html(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Raw markup, already escaped. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** {@code <tag attr="value" …>}; attributes as name/value pairs, a null value is left out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag …>text</tag>}. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** {@code <tag …/>}. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Escapes text for element content and attribute values; drops characters XML does not allow. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> c < 0x20 && c != '\n' && c != '\t' ? "" : null;
            };
            if (replacement != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }
}
