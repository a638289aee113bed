package org.gongkai.core.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.ProfileSource;
import org.gongkai.core.profile.TableSpec;

/**
 * What render takes from the profile a disclosure names: the order and 1-based position of its
 * tables, their printed names and units. A table's spec is found by its role, never by a number;
 * a disclosure of a profile the source does not know renders from what its tables carry.
 */
final class RenderProfile {

    private final Disclosure disclosure;
    private final Profile profile;

    private RenderProfile(Disclosure disclosure, Profile profile) {
        this.disclosure = disclosure;
        this.profile = profile;
    }

    /** The profile {@code d}'s metadata names, looked up in {@code profiles}; none when unknown. */
    static RenderProfile of(Disclosure d, ProfileSource profiles) {
        String id = d.metadata() == null ? null : d.metadata().profile();
        Profile p = null;
        if (id != null && profiles != null) {
            try {
                p = profiles.find(id).map(x -> x.forKind(d.metadata().kind())).orElse(null);
            } catch (RuntimeException e) {
                p = null; // an unreadable profile: render what the tables carry
            }
        }
        return new RenderProfile(d, p);
    }

    Optional<Profile> profile() {
        return Optional.ofNullable(profile);
    }

    /** The profile's spec of the table, by the table's role. */
    Optional<TableSpec> spec(PrintedTable t) {
        if (profile == null || t.role() == null) {
            return Optional.empty();
        }
        return profile.table(t.role());
    }

    /**
     * The table's 1-based position: {@link Profile#position(TableSpec)} of its spec; a table the
     * profile does not print (or a second table of the same role) comes after the profile's
     * tables, in the disclosure's order. No two tables of the disclosure share a position.
     */
    int position(PrintedTable t) {
        Optional<TableSpec> spec = placed(t);
        if (spec.isPresent()) {
            return profile.position(spec.get());
        }
        int after = profile == null ? 0 : profile.tables().size();
        int k = 0;
        for (PrintedTable other : disclosure.tables()) {
            if (placed(other).isEmpty()) {
                k++;
            }
            if (other == t) {
                return after + k;
            }
        }
        return after + k + 1;
    }

    /** The spec whose position the table takes: the first table of each role takes its spec's. */
    private Optional<TableSpec> placed(PrintedTable t) {
        return spec(t).filter(s -> disclosure.table(t.role()).orElse(null) == t);
    }

    /** The disclosure's tables in the order of their positions (a stable sort). */
    List<PrintedTable> tablesInOrder() {
        List<PrintedTable> tables = new ArrayList<>(disclosure.tables());
        tables.sort(Comparator.comparingInt(this::position));
        return tables;
    }

    /** The table's printed name ("表五"): its own, else its profile's; the table's key when neither. */
    String name(PrintedTable t) {
        if (t.name() != null && !t.name().isBlank()) {
            return t.name();
        }
        return spec(t).map(TableSpec::name).orElse(t.id());
    }

    /**
     * The unit the table's amounts are in: its own "单位：" line, else its spec's unit, else the
     * disclosure's {@code amountUnit}, else the profile's; empty when none is known.
     */
    Optional<MoneyUnit> unit(PrintedTable t) {
        if (t.unit() != null) {
            return Optional.of(t.unit());
        }
        Optional<MoneyUnit> spec = spec(t).map(TableSpec::unit);
        if (spec.isPresent()) {
            return spec;
        }
        if (disclosure.metadata() != null && disclosure.metadata().amountUnit() != null) {
            return Optional.of(disclosure.metadata().amountUnit());
        }
        return profile().map(Profile::amountUnit);
    }

    /** The unit as printed after "单位：" ("万元"), "" when unknown. */
    String unitLabel(PrintedTable t) {
        return unit(t).map(MoneyUnit::label).orElse("");
    }
}
