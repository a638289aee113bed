package org.gongkai.core.pipeline;

import java.util.Objects;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.profile.Profile;

/**
 * What {@link Pipeline#load} read: either a disclosure as printed (公开文本 or Disclosure JSON) or
 * the facts behind one (BudgetFacts JSON) — exactly one of the two is set — and the profile
 * (地区模板) it is in.
 *
 * @param name       the name the input was given, as used in messages
 * @param disclosure the disclosure as printed; null for a facts file
 * @param facts      the facts as entered; null for a printed disclosure (see {@link Pipeline#facts})
 * @param profile    the profile the text was read with, or the one the JSON names
 */
public record Loaded(String name, Disclosure disclosure, BudgetFacts facts, Profile profile) {

    public Loaded {
        if ((disclosure == null) == (facts == null)) {
            throw new IllegalArgumentException("exactly one of disclosure and facts is set");
        }
        Objects.requireNonNull(profile, "profile");
    }

    /** Whether the input was a BudgetFacts file rather than a printed disclosure. */
    public boolean isFacts() {
        return facts != null;
    }
}
