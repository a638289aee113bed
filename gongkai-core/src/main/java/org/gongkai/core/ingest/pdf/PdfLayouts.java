package org.gongkai.core.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.ingest.TextDisclosureReader;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.ReadingNote;
import org.gongkai.core.profile.PdfReading;
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

    /**
     * Reads the document in the given layout, the way its profile says a PDF of it is read
     * ({@link PdfReading}): by parts and table grids, or as rebuilt text lines read by the text
     * reader with each value's page and box.
     */
    public static Disclosure read(PdfText text, Profile profile) {
        PdfReading reading = profile.document() == null ? PdfReading.GRID : profile.document().pdfReading();
        return switch (reading) {
            case GRID -> new PdfDisclosureReader(profile).read(text);
            case TEXT -> readAsText(text, profile);
        };
    }

    private static Disclosure readAsText(PdfText text, Profile profile) {
        PdfTextLines.Rebuilt lines = PdfTextLines.of(text);
        Disclosure d = PdfTextSources.apply(new TextDisclosureReader(profile).parse(text.name(), lines.lines()), lines);
        List<ReadingNote> notes = new ArrayList<>(PdfDisclosureReader.visibility(text));
        notes.addAll(d.readingNotes());
        return new Disclosure(d.metadata(), d.tableOfContents(), d.overview(), d.tables(), d.narrative(),
                d.performanceTargets(), d.procurement(), d.assets(), d.glossary(), notes);
    }
}
