package org.gongkai.core.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Disclosure;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a {@link Disclosure} or {@link BudgetFacts}: an envelope naming the format and
 * its version, then the record with field names from the glossary (schema: docs/json-schema.md).
 *
 * <p>One mapper configuration serves reading ({@code ingest.JsonInput}) and writing ({@code render},
 * the check reports), so the two cannot drift apart. It has a package of its own below both: it
 * needs {@code facts} as well as {@code model}, so it cannot live in {@code model} (which depends
 * on nothing), and in {@code render} it made reading depend on writing.
 */
public final class Json {

    /** Envelope format of a Disclosure document. */
    public static final String DISCLOSURE_FORMAT = "gongkai-disclosure";
    /** Envelope format of a BudgetFacts document. */
    public static final String FACTS_FORMAT = "gongkai-facts";
    /** Schema version of a Disclosure document, written and accepted. */
    public static final int VERSION = 1;
    /** Schema version of a BudgetFacts document, written and accepted: 2 since every amount carries its unit. */
    public static final int FACTS_VERSION = 2;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Json() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(Disclosure d) {
        return MAPPER.writeValueAsString(envelope(DISCLOSURE_FORMAT, VERSION, "disclosure", d));
    }

    public static String write(BudgetFacts f) {
        return MAPPER.writeValueAsString(envelope(FACTS_FORMAT, FACTS_VERSION, "facts", f));
    }

    private static Map<String, Object> envelope(String format, int version, String field, Object body) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", format);
        m.put("version", version);
        m.put(field, body);
        return m;
    }
}
