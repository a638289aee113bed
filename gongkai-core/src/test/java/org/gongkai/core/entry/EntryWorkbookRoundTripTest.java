package org.gongkai.core.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueSource;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.testing.RandomFacts;

/** Property: the facts of any department written into the entry workbook and read back are the same facts. */
class EntryWorkbookRoundTripTest {

    private static final Catalogue CATALOGUE = CatalogueSource.shipped().forYear(2026);
    private static final Set<String> PROFILES = Set.of("shanxi-13", "shanghai-9");

    static byte[] write(BudgetFacts facts) {
        return new EntryWorkbookWriter(CATALOGUE, PROFILES.stream().sorted().toList()).filled(facts);
    }

    static BudgetFacts read(byte[] xlsx) {
        return new EntryWorkbookReader(CatalogueSource.shipped(), PROFILES).read("budget.xlsx", xlsx);
    }

    @Property(tries = 25)
    void factsThroughTheWorkbookAreTheSameFacts(@ForAll long seed) {
        BudgetFacts facts = new RandomFacts(seed).next();
        assertThat(read(write(facts))).isEqualTo(facts);
    }

    @Property(tries = 5)
    void theSecondProfileToo(@ForAll long seed) {
        BudgetFacts facts = EntryWorkbookWriter.retarget(new RandomFacts(seed).next(), "shanghai-9", 2026);
        BudgetFacts back = read(write(facts));
        assertThat(back.profile()).isEqualTo("shanghai-9");
        assertThat(back).isEqualTo(facts);
    }
}
