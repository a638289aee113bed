package org.gongkai.core.ingest;

import java.nio.charset.StandardCharsets;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.json.Json;
import org.gongkai.core.model.Disclosure;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/** Reads a Disclosure or BudgetFacts JSON written by Gongkai (see docs/json-schema.md). */
public final class JsonInput {

    /** What a JSON file held: exactly one of the two is set. */
    public record Content(Disclosure disclosure, BudgetFacts facts) {
    }

    private JsonInput() {
    }

    public static Content read(String name, byte[] bytes) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new IngestException(name, line(e), "JSON格式错误：" + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IngestException(name, "JSON文件的顶层应为对象");
        }
        String format = root.path("format").asString("");
        int version = root.path("version").asInt(-1);
        if (!format.equals(Json.DISCLOSURE_FORMAT) && !format.equals(Json.FACTS_FORMAT)) {
            throw new IngestException(name, "不是Gongkai的JSON文件：format 应为 \"" + Json.DISCLOSURE_FORMAT
                    + "\" 或 \"" + Json.FACTS_FORMAT + "\"，实际为 \"" + format + "\"");
        }
        int supported = format.equals(Json.FACTS_FORMAT) ? Json.FACTS_VERSION : Json.VERSION;
        if (version != supported) {
            throw new IngestException(name, "不支持的JSON版本 " + version + "（支持 " + supported + "）");
        }
        try {
            if (format.equals(Json.DISCLOSURE_FORMAT)) {
                JsonNode body = require(name, root, "disclosure");
                return new Content(Json.mapper().treeToValue(body, Disclosure.class), null);
            }
            JsonNode body = require(name, root, "facts");
            return new Content(null, Json.mapper().treeToValue(body, BudgetFacts.class));
        } catch (JacksonException e) {
            throw new IngestException(name, "JSON内容不符合格式（" + e.getPathReference() + "）：" + e.getOriginalMessage());
        }
    }

    private static JsonNode require(String name, JsonNode root, String field) {
        JsonNode body = root.get(field);
        if (body == null || !body.isObject()) {
            throw new IngestException(name, "JSON缺少字段 \"" + field + "\"");
        }
        return body;
    }

    private static int line(JacksonException e) {
        TokenStreamLocation loc = e.getLocation();
        return loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    }
}
