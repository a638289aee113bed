package org.gongkai.core.ingest.pdf;

import java.util.List;
import java.util.Optional;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.profile.Profile;

/**
 * Which known layout a PDF is in, from its table titles: the profile whose titles most of the
 * document's heading lines match, at least {@link #MIN_TITLES} of them.
 */
public final class PdfLayouts {

    /** Fewer matching titles than this: not a disclosure of that layout. */
    static final int MIN_TITLES = 3;

    private PdfLayouts() {
    }

    /** The profile among {@code known} whose table titles the document prints, if any prints enough. */
    public static Optional<Profile> detect(PdfText text, List<Profile> known) {
        Profile best = null;
        int bestCount = 0;
        for (Profile p : known) {
            int count = titles(text, p);
            if (count > bestCount) {
                best = p;
                bestCount = count;
            }
        }
        return bestCount >= MIN_TITLES ? Optional.of(best) : Optional.empty();
    }

    /** How many distinct tables of the profile have their title printed as a line of the document. */
    static int titles(PdfText text, Profile profile) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PdfPage page : text.pages()) {
            for (PdfLine l : page.lines()) {
                String t = l.text();
                if (t.length() <= 80) {
                    profile.tableByTitle(t).ifPresent(s -> seen.add(s.id()));
                }
            }
        }
        return seen.size();
    }

    /** Reads the document in the given layout. */
    public static Disclosure read(PdfText text, Profile profile) {
        return new PdfDisclosureReader(profile).read(text);
    }
}
