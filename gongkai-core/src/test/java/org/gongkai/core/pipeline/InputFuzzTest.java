package org.gongkai.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.gongkai.core.Reference;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.json.Json;

/**
 * Mutations of the reference (lines dropped, duplicated, swapped; digits altered; tabs removed;
 * huge numbers, zero-width and full-width characters, BOMs, lone quotes put in), of its JSON and of
 * a PDF: each ends in a report or an {@link IngestException}, within a time bound, and no other
 * exception escapes. A shrunk failing case is kept in {@link AlteredReferenceTest}.
 */
class InputFuzzTest {

    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final List<String> LINES = AlteredReferenceTest.lines();
    private static final String[] INSERTS = {"\u200b", "\uFEFF", "１２３", "\"", "“", "'", "99999999999", "2147483648",
            "-1", "\t", "\\", "\\n", "（", "）", "，", "0", ".....", "９９９９９９９９９９９"};
    private static byte[] json;
    private static byte[] pdf;
    private static byte[] workbook;

    /** One edit of the reference: what, at which line, with which position and choice. */
    record Mutation(int kind, int line, int other, int position, int choice) {

        void apply(List<String> lines) {
            if (lines.isEmpty()) {
                return;
            }
            int i = line % lines.size();
            String s = lines.get(i);
            int at = s.isEmpty() ? 0 : position % (s.length() + 1);
            switch (kind) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, s);
                case 2 -> {
                    int j = other % lines.size();
                    lines.set(i, lines.get(j));
                    lines.set(j, s);
                }
                case 3 -> lines.set(i, s.replaceAll("[0-9]", Integer.toString(choice % 10)));
                case 4 -> lines.set(i, s.replace("\t", ""));
                case 5 -> lines.set(i, s.substring(0, at) + INSERTS[choice % INSERTS.length] + s.substring(at));
                case 6 -> lines.set(i, s.replaceAll("\\d+", "99999999999"));
                case 7 -> lines.set(i, s.substring(0, at));
                default -> lines.subList(i, lines.size()).clear(); // the file cut after line i
            }
        }
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 100)).as(Mutation::new);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return mutation().list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 120)
    void aMutatedTextEndsInAReportOrAMessage(@ForAll("mutations") List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(LINES);
        mutations.forEach(m -> m.apply(lines));
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        endsInAReportOrAMessage("altered.txt", bytes);
    }

    @Property(tries = 40)
    void aMutatedJsonEndsInAReportOrAMessage(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.constraints.IntRange(min = 0, max = Integer.MAX_VALUE) Integer> edits) {
        byte[] bytes = damaged(json(), edits, true);
        endsInAReportOrAMessage("altered.json", bytes);
    }

    @Property(tries = 40)
    void aPdfWithRandomBytesEndsInAReportOrAMessage(@ForAll @Size(min = 1, max = 16) List<@net.jqwik.api.constraints.IntRange(min = 0, max = Integer.MAX_VALUE) Integer> edits) {
        byte[] bytes = damaged(pdf(), edits, false);
        endsInAReportOrAMessage("altered.pdf", bytes);
    }

    @Property(tries = 30)
    void aWorkbookWithRandomBytesEndsInAReportOrAMessage(@ForAll @Size(min = 1, max = 16) List<@net.jqwik.api.constraints.IntRange(min = 0, max = Integer.MAX_VALUE) Integer> edits) {
        endsInAReportOrAMessage("altered.xlsx", damaged(workbook(), edits, true));
    }

    /** Edits inside one sheet's XML of a well-formed package (valid zip, valid CRCs): what a careless edit or a tool may write. */
    @Property(tries = 30)
    void aWorkbookWithAlteredSheetXmlEndsInAReportOrAMessage(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40) int sheet,
            @ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.constraints.IntRange(min = 0, max = Integer.MAX_VALUE) Integer> edits) throws Exception {
        endsInAReportOrAMessage("altered-sheet.xlsx", alteredEntry(workbook(), sheet, edits));
    }

    /** The workbook with the {@code n}-th worksheet entry (modulo their count) damaged by {@link #damaged}, re-zipped. */
    static byte[] alteredEntry(byte[] xlsx, int n, List<Integer> edits) throws java.io.IOException {
        List<String> sheets = new java.util.ArrayList<>();
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    sheets.add(e.getName());
                }
            }
        }
        String target = sheets.get(n % sheets.size());
        entries.put(target, damaged(entries.get(target), edits, true));
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Each edit overwrites one byte (position and value from the number); for JSON, some cut the text there. */
    static byte[] damaged(byte[] original, List<Integer> edits, boolean mayCut) {
        byte[] b = original.clone();
        int length = b.length;
        for (int e : edits) {
            int at = e % length;
            if (mayCut && e % 7 == 0) {
                length = Math.max(1, at);
            } else {
                b[at] = (byte) (e >>> 24);
            }
        }
        return java.util.Arrays.copyOf(b, length);
    }

    /** Load, check, infer and build, export and render (HTML, XLSX): a report, or a message; nothing else. */
    static void endsInAReportOrAMessage(String name, byte[] bytes) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Loaded loaded;
            try {
                loaded = PIPELINE.load(name, bytes);
            } catch (IngestException e) {
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    throw new AssertionError("an IngestException without a message", e);
                }
                return;
            }
            PIPELINE.check(loaded);
            PIPELINE.check(PIPELINE.publish(loaded).disclosure());
            PIPELINE.export(loaded, ExportFormat.CSV);
            if (!loaded.isFacts()) {
                PIPELINE.render(loaded.disclosure(), RenderFormat.HTML);
                PIPELINE.render(loaded.disclosure(), RenderFormat.XLSX);
            }
        }, () -> name + " took longer than 20 s");
    }

    static synchronized byte[] json() {
        if (json == null) {
            json = Json.write(Reference.disclosure()).getBytes(StandardCharsets.UTF_8);
        }
        return json;
    }

    /** The reference's facts in an entry workbook, as `template --from` writes it. */
    static synchronized byte[] workbook() {
        if (workbook == null) {
            workbook = PIPELINE.template("shanxi-13", 2026, PIPELINE.load("reference.txt", AlteredReferenceTest.utf8(LINES)));
        }
        return workbook;
    }

    /** The reference rendered as Gongkai publishes it: a real PDF with a text layer, tables and rulings. */
    static synchronized byte[] pdf() {
        if (pdf == null) {
            pdf = PIPELINE.render(PIPELINE.publish(PIPELINE.load("reference.txt",
                    AlteredReferenceTest.utf8(LINES))).disclosure(), RenderFormat.PDF);
        }
        return pdf;
    }
}
