package org.gongkai.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.gongkai.core.Reference;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.ingest.JsonInput;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** JSON → model → JSON keeps every value, and the schema's field names are the glossary's. */
class JsonRoundTripTest {

    @Test
    void disclosureRoundTrip() {
        Disclosure d = Reference.disclosure();
        String json = Json.write(d);
        Disclosure back = JsonInput.read("doc.json", json.getBytes(StandardCharsets.UTF_8)).disclosure();
        assertThat(back).isEqualTo(d);
        assertThat(Json.write(back)).isEqualTo(json);
        assertThat(json).contains("\"format\" : \"gongkai-disclosure\"", "\"fiscalYear\" : 2026", "\"unitCode\" : \"608\"",
                "\"performanceTargets\"", "\"readingNotes\"");
    }

    @Test
    void factsRoundTrip() {
        BudgetFacts f = Pipeline.standard().infer(Reference.disclosure());
        String json = Json.write(f);
        BudgetFacts back = JsonInput.read("facts.json", json.getBytes(StandardCharsets.UTF_8)).facts();
        assertThat(back).isEqualTo(f);
        // facts hold money in 元, each amount with its unit: 21694.90万元 = 216949000.00元
        assertThat(json).contains("\"functionCode\" : \"2120501\"", "\"GENERAL_BUDGET\"", "\"version\" : 2")
                .containsPattern("\"amount\" : \\{\\s*\"value\" : 216949000\\.00,\\s*\"unit\" : \"YUAN\"\\s*}");
    }
}
