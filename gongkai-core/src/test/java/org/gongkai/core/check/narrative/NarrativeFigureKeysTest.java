package org.gongkai.core.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.Reference;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.derive.FactsInferrer;
import org.gongkai.core.derive.FigureSource;
import org.gongkai.core.derive.Publication;
import org.gongkai.core.derive.SentenceSource;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.testing.RandomFacts;
import org.junit.jupiter.api.Test;

/**
 * The narrative writer and the narrative checks share one vocabulary of figures: every table cell
 * the writer cites under a {@link org.gongkai.core.facts.FigureKey} is a figure the checks read from
 * the printed tables under the same key, and both hold the same amount.
 */
class NarrativeFigureKeysTest {

    private final Profile profile = Profile.load("shanxi-13");
    private final Catalogue catalogue = Catalogue.forYear(2026);

    @Test
    void theReferenceNarrativeCitesFiguresTheChecksRead() {
        BudgetFacts facts = new FactsInferrer(catalogue).infer(Reference.disclosure());
        List<String> keys = assertSameFigures(Pipeline.standard().build(facts), "reference");
        // the reference prints no 三公 or 机关运行经费 amounts; its narrative cites the totals, the
        // fiscal summary by 类 and the general budget by 科目
        assertThat(keys).contains("revenue.total", "expenditure.total", "fiscal.total", "general.total",
                "basic.personnel", "basic.operating", "row.fiscal-summary.城乡社区支出",
                "row.general-budget-by-function.212");
    }

    @Test
    void generatedDepartmentsCiteFiguresTheChecksRead() {
        RandomFacts random = new RandomFacts(20261206L);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            BudgetFacts facts = random.next();
            keys.addAll(assertSameFigures(Pipeline.standard().build(facts), "case " + i + " (" + facts.department() + ")"));
        }
        assertThat(keys).contains("threePublic.total", "threePublic.reception", "agency.total", "fiscal.carryover");
    }

    /** Asserts every keyed figure of the publication's narrative; returns the keys seen. */
    private List<String> assertSameFigures(Publication publication, String what) {
        CheckContext context = new CheckContext(publication.disclosure(), profile, catalogue);
        NarrativeFigures read = NarrativeFigures.of(context);
        List<String> seen = new ArrayList<>();
        for (SentenceSource sentence : publication.sources()) {
            for (FigureSource cited : flatten(sentence.figures())) {
                if (cited.key() == null) {
                    continue;
                }
                seen.add(cited.key());
                Optional<NarrativeFigures.Figure> found = read.find(cited.key());
                assertThat(found).as("%s: “%s” cites %s, which the checks do not read", what, sentence.sentence(),
                        cited.key()).isPresent();
                NarrativeFigures.Figure figure = found.get();
                assertThat(cited.role()).as("%s: role of %s", what, cited.key()).isEqualTo(figure.key().role());
                BigDecimal writer = cited.amount().to(figure.unit()).value().setScale(2, RoundingMode.HALF_UP);
                assertThat(writer).as("%s: %s in “%s” against %s", what, cited.key(), sentence.sentence(), figure.label())
                        .isEqualByComparingTo(figure.value());
            }
        }
        return seen;
    }

    private static List<FigureSource> flatten(List<FigureSource> figures) {
        List<FigureSource> out = new ArrayList<>();
        for (FigureSource f : figures) {
            out.add(f);
            out.addAll(flatten(f.operands()));
        }
        return out;
    }
}
