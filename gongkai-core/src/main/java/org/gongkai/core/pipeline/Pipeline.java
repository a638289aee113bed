package org.gongkai.core.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueSource;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.CheckedPdf;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.Rules;
import org.gongkai.core.derive.DisclosureBuilder;
import org.gongkai.core.derive.FactsInferrer;
import org.gongkai.core.derive.Publication;
import org.gongkai.core.derive.TableDeriver;
import org.gongkai.core.entry.EntryWorkbookReader;
import org.gongkai.core.entry.EntryWorkbookWriter;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.ingest.pdf.PdfLayouts;
import org.gongkai.core.ingest.pdf.PdfText;
import org.gongkai.core.ingest.pdf.PdfTextReader;
import org.gongkai.core.ingest.Inputs;
import org.gongkai.core.ingest.JsonInput;
import org.gongkai.core.ingest.TextDisclosureReader;
import org.gongkai.core.ingest.xlsx.PublishedWorkbookReader;
import org.gongkai.core.ingest.xlsx.WorkbookFile;
import org.gongkai.core.json.Json;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.ProfileSource;
import org.gongkai.core.render.CsvExport;
import org.gongkai.core.render.HtmlRenderer;
import org.gongkai.core.render.PdfRenderer;
import org.gongkai.core.render.XlsxRenderer;

/**
 * The one way through Gongkai, shared by the command line and the server: <b>load</b> (公开文本 or
 * JSON → {@link Loaded}), <b>infer</b> (printed disclosure → {@link BudgetFacts}), <b>build</b>
 * (facts → the whole disclosure Gongkai publishes), <b>check</b> (disclosure → {@link CheckReport})
 * and <b>render</b> (disclosure → HTML, PDF, XLSX; JSON and CSV for machines).
 *
 * <p>Which profile (地区模板) and which 政府收支分类科目 a stage uses comes from the
 * {@link ProfileSource} and {@link CatalogueSource} the pipeline is made with, never from a
 * global: {@link #standard()} has the shipped ones, a server may pass stored or uploaded ones.
 * A pipeline holds nothing else and may be shared between threads when its sources may.
 *
 * <p>This package is the top layer of the core: it may use every other package, none uses it.
 */
public final class Pipeline {

    private static final Pipeline STANDARD = new Pipeline(ProfileSource.shipped(), CatalogueSource.shipped());

    private final ProfileSource profiles;
    private final CatalogueSource catalogues;
    private final Checker checker;

    public Pipeline(ProfileSource profiles, CatalogueSource catalogues) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.catalogues = Objects.requireNonNull(catalogues, "catalogues");
        this.checker = new Checker(Rules.all(), profiles, catalogues);
    }

    /** The profiles and catalogues shipped with Gongkai (the command line's pipeline). */
    public static Pipeline standard() {
        return STANDARD;
    }

    public ProfileSource profiles() {
        return profiles;
    }

    public CatalogueSource catalogues() {
        return catalogues;
    }

    // ---- load ------------------------------------------------------------------------------------

    /**
     * Reads a file: refuses a missing file, a directory and anything over
     * {@link TextDisclosureReader#MAX_BYTES} before reading, then as {@link #load(String, byte[])}.
     *
     * @throws IngestException saying what is wrong and where (file, line), in Chinese
     */
    public Loaded load(Path file) {
        return load(file, null);
    }

    /** As {@link #load(Path)}, reading a text with the given profile (null: detected). */
    public Loaded load(Path file, String profileId) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return load(name, Inputs.readBounded(file), profileId);
    }

    /**
     * Reads an input given as bytes: a Disclosure or BudgetFacts JSON written by Gongkai when the
     * content is a JSON object, else the text layer of a published disclosure (UTF-8).
     *
     * @param name what messages call the input: a file name ("x.txt", "x.json"), or for an upload
     *             its file name or media type
     * @throws IngestException saying what is wrong and where (name, line), in Chinese
     */
    public Loaded load(String name, byte[] bytes) {
        return load(name, bytes, null);
    }

    /**
     * As {@link #load(String, byte[])} with the profile given: a text is read in that profile's
     * layout; a JSON must be in that profile. With {@code profileId} null the profile is detected:
     * the one a JSON names, else {@link ProfileSource#DEFAULT_ID}, the layout of the published texts
     * Gongkai reads.
     *
     * @throws IngestException also when the profile is unknown to this pipeline's source, or a
     *                         JSON is in another profile than the one given
     */
    public Loaded load(String name, byte[] bytes, String profileId) {
        Loaded loaded = read(name, bytes, profileId);
        int year = loaded.isFacts() ? loaded.facts().fiscalYear() : loaded.disclosure().metadata().fiscalYear();
        try {
            catalogues.forYear(year);
        } catch (IllegalArgumentException e) {
            throw new IngestException(name, "预算年度为" + year + "年，没有该年度可用的政府收支分类科目，无法核对和生成");
        }
        return loaded;
    }

    private Loaded read(String name, byte[] bytes, String profileId) {
        Objects.requireNonNull(bytes, "bytes");
        if (PdfTextReader.isPdf(bytes)) {
            return loadPdf(name, bytes, profileId);
        }
        if (EntryWorkbookReader.isWorkbook(bytes)) {
            return loadWorkbook(name, bytes, profileId);
        }
        // named as a PDF or a workbook, but neither: say so, rather than read it as a text that is no
        // disclosure (an empty file is said to be empty, below)
        String lower = name == null || bytes.length == 0 ? "" : name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            throw new IngestException(name, "扩展名为.pdf，但不是PDF文件（文件开头没有“%PDF-”）");
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
            throw new IngestException(name, "扩展名为" + lower.substring(lower.lastIndexOf('.'))
                    + "，但不是Excel工作簿（文件不是ZIP或OLE2格式，可能已损坏或只是改了扩展名）");
        }
        if (!Inputs.looksLikeJson(bytes)) {
            Profile profile = profile(name, profileId == null ? ProfileSource.DEFAULT_ID : profileId);
            return new Loaded(name, new TextDisclosureReader(profile).read(name, bytes), null, profile);
        }
        JsonInput.Content content = JsonInput.read(name, bytes);
        String named = content.disclosure() != null
                ? (content.disclosure().metadata() == null ? null : content.disclosure().metadata().profile())
                : content.facts().profile();
        String id = named == null ? ProfileSource.DEFAULT_ID : named;
        if (profileId != null && !profileId.equals(id)) {
            throw new IngestException(name, "文件的地区模板为“" + id + "”，与指定的“" + profileId + "”不一致");
        }
        return new Loaded(name, content.disclosure(), content.facts(), profile(name, id));
    }

    /** A published PDF: its text layer, its layout (given, or recognised by its table titles), read in it. */
    private Loaded loadPdf(String name, byte[] bytes, String profileId) {
        PdfText text = new PdfTextReader().read(name, bytes);
        Profile profile;
        if (profileId != null) {
            profile = profile(name, profileId);
        } else {
            List<Profile> known = new ArrayList<>();
            for (String id : profiles.ids()) {
                profiles.find(id).ifPresent(known::add);
            }
            profile = PdfLayouts.detect(text, known).orElseThrow(() -> new IngestException(name,
                    "无法识别PDF的版式：没有找到已知地区模板的报表标题。已知的模板："
                            + String.join("、", known.stream().map(p -> p.id() + "（" + p.name() + "）").toList())
                            + "；可用 --profile 指定"));
        }
        return new Loaded(name, PdfLayouts.read(text, profile), null, profile);
    }

    /**
     * A workbook: a published one (a region's own disclosure workbook, or Gongkai's XLSX), recognised
     * by the table titles on its sheets, as the disclosure it prints; else an entry workbook
     * (预算录入表): its facts, in the profile its 单位信息 names.
     */
    private Loaded loadWorkbook(String name, byte[] bytes, String profileId) {
        List<WorkbookFile.RawSheet> sheets = WorkbookFile.read(name, bytes);
        List<Profile> known = new ArrayList<>();
        for (String id : profiles.ids()) {
            if (profileId == null || profileId.equals(id)) {
                profiles.find(id).ifPresent(known::add);
            }
        }
        Optional<Profile> published = PublishedWorkbookReader.detect(sheets, known);
        if (published.isPresent()) {
            return new Loaded(name, PublishedWorkbookReader.read(name, sheets, published.get()), null, published.get());
        }
        BudgetFacts facts = new EntryWorkbookReader(catalogues, java.util.Set.copyOf(profiles.ids())).read(name, bytes);
        if (profileId != null && !profileId.equals(facts.profile())) {
            throw new IngestException(name, "录入表的地区模板为“" + facts.profile() + "”，与指定的“" + profileId + "”不一致");
        }
        return new Loaded(name, null, facts, profile(name, facts.profile()));
    }

    private Profile profile(String name, String id) {
        return profiles.find(id).orElseThrow(() -> new IngestException(name, "未知的地区模板：“" + id + "”"));
    }

    // ---- entry workbook --------------------------------------------------------------------------

    /**
     * The entry workbook (预算录入表) for a department of {@code profileId} in {@code year}: empty, or
     * filled from what was loaded ({@code from}, any input: its facts as given or inferred), its
     * year and profile set to the ones given, so that next year starts from this year.
     *
     * @throws IngestException when the profile or the year's catalogue is unknown
     */
    public byte[] template(String profileId, int year, Loaded from) {
        String name = from == null ? "template" : from.name();
        profile(name, profileId);
        Catalogue catalogue;
        try {
            catalogue = catalogues.forYear(year);
        } catch (IllegalArgumentException e) {
            throw new IngestException(name, "没有" + year + "年的政府收支分类科目，无法生成录入表");
        }
        EntryWorkbookWriter writer = new EntryWorkbookWriter(catalogue, List.copyOf(profiles.ids()));
        if (from == null) {
            return writer.blank(profileId);
        }
        return writer.filled(EntryWorkbookWriter.retarget(facts(from), profileId, year));
    }

    // ---- infer -----------------------------------------------------------------------------------

    /** The facts behind a printed disclosure (预算事实), with the catalogue of its year. */
    public BudgetFacts infer(Disclosure printed) {
        return new FactsInferrer(catalogues.forYear(printed.metadata().fiscalYear())).infer(printed);
    }

    /** The facts of what was loaded: as given in a facts file, else inferred from the disclosure. */
    public BudgetFacts facts(Loaded loaded) {
        return loaded.isFacts() ? loaded.facts() : infer(loaded.disclosure());
    }

    // ---- derive and build ------------------------------------------------------------------------

    /** The profile's tables (T1–T13 in the seed profile) derived from the facts. */
    public List<PrintedTable> derive(BudgetFacts facts) {
        return new TableDeriver(profileOf(facts), catalogueOf(facts)).derive(facts);
    }

    /**
     * The whole disclosure Gongkai publishes from the facts, in the facts' profile: tables derived,
     * 情况说明 written from the same figures, with the source of every generated sentence.
     */
    public Publication build(BudgetFacts facts) {
        return new DisclosureBuilder(profileOf(facts), catalogueOf(facts)).build(facts);
    }

    /** What Gongkai publishes from any input: the facts given or inferred, then {@link #build}. */
    public Publication publish(Loaded loaded) {
        return build(facts(loaded));
    }

    private Profile profileOf(BudgetFacts facts) {
        return profiles.profile(facts.profile()).forKind(facts.kind());
    }

    private Catalogue catalogueOf(BudgetFacts facts) {
        return catalogues.forYear(facts.fiscalYear());
    }

    // ---- check -----------------------------------------------------------------------------------

    /** Every rule, in the order the checks run and reports list them. */
    public List<Rule> rules() {
        return checker.rules();
    }

    /** A disclosure checked against every rule. */
    public CheckReport check(Disclosure d) {
        return checker.check(d);
    }

    /**
     * A disclosure checked against the rules with the given ids ("arith.total", …) only.
     *
     * @throws IllegalArgumentException when an id names no rule
     */
    public CheckReport check(Disclosure d, Set<String> ruleIds) {
        return checker(ruleIds).check(d);
    }

    /** The disclosure Gongkai would publish from the facts ({@link #build}), checked against every rule. */
    public CheckReport check(BudgetFacts facts) {
        return check(build(facts).disclosure());
    }

    /** As {@link #check(BudgetFacts)} with the given rules only. */
    public CheckReport check(BudgetFacts facts, Set<String> ruleIds) {
        return check(build(facts).disclosure(), ruleIds);
    }

    /** A printed disclosure as printed; a facts file as the disclosure Gongkai would publish from it. */
    public CheckReport check(Loaded loaded) {
        return loaded.isFacts() ? check(loaded.facts()) : check(loaded.disclosure());
    }

    /** As {@link #check(Loaded)} with the given rules only. */
    public CheckReport check(Loaded loaded, Set<String> ruleIds) {
        return loaded.isFacts() ? check(loaded.facts(), ruleIds) : check(loaded.disclosure(), ruleIds);
    }

    /**
     * The checked copy of a published PDF (核对标注): one annotation per finding of {@code report}
     * that has a page, on that page, and summary pages in front listing every finding
     * ({@link CheckedPdf}). The pages of {@code pdf} keep their content untouched.
     *
     * @param name   the input's file name, as messages and the summary print it
     * @param pdf    the PDF the report was made from
     * @param report the report of {@link #check(Loaded)} on that PDF
     * @throws IngestException when {@code pdf} is not a PDF
     */
    public byte[] checkedPdf(String name, byte[] pdf, CheckReport report) {
        if (!isPdf(pdf)) {
            throw new IngestException(name, "--format pdf 只适用于PDF输入");
        }
        try {
            return CheckedPdf.write(name, pdf, report);
        } catch (IllegalArgumentException e) {
            throw new IngestException(name, e.getMessage());
        }
    }

    /** Whether the bytes are a PDF (what {@link #load(String, byte[])} reads as one). */
    public static boolean isPdf(byte[] bytes) {
        return PdfTextReader.isPdf(bytes);
    }

    /** The rules named by id or by an earlier id (alias); unknown names are an error naming them. */
    private Checker checker(Set<String> ruleIds) {
        return new Checker(Rules.named(rules(), ruleIds), profiles, catalogues);
    }

    // ---- render ----------------------------------------------------------------------------------

    /** The disclosure as a web page (UTF-8), a PDF or a workbook. */
    public byte[] render(Disclosure d, RenderFormat format) {
        return render(d, format, false);
    }

    /**
     * The disclosure as {@link #render(Disclosure, RenderFormat)}; a draft is marked
     * {@value Unfinished#DRAFT_MARK} on every PDF page, in a banner of the web page and in the
     * printed header of every sheet.
     */
    public byte[] render(Disclosure d, RenderFormat format, boolean draft) {
        String mark = draft ? Unfinished.DRAFT_MARK : null;
        return switch (format) {
            case HTML -> new HtmlRenderer(profiles).render(d, mark).getBytes(StandardCharsets.UTF_8);
            case PDF -> new PdfRenderer(profiles).render(d, mark);
            case XLSX -> XlsxRenderer.render(d, profiles, mark);
        };
    }

    /**
     * What is left before the document may be published: its placeholders 【待填写…】 and the
     * error-level findings of checking it; a document with nothing left is final.
     */
    public Unfinished unfinished(Disclosure d) {
        return Unfinished.of(d, check(d));
    }

    /**
     * Machine-readable files of what was loaded, by file name in the order they are written: the
     * JSON of the disclosure or of the facts, or the CSV files (the tables and performance targets
     * of a printed disclosure, the projects of the facts).
     */
    public Map<String, byte[]> export(Loaded loaded, ExportFormat format) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        switch (format) {
            case JSON -> {
                if (loaded.isFacts()) {
                    files.put("facts.json", utf8(Json.write(loaded.facts())));
                } else {
                    files.put("disclosure.json", utf8(Json.write(loaded.disclosure())));
                }
            }
            case FACTS_JSON -> files.put("facts.json", utf8(Json.write(facts(loaded))));
            case CSV -> {
                // facts (a facts JSON, an entry workbook) export the disclosure Gongkai would publish from them
                Disclosure d = loaded.isFacts() ? build(loaded.facts()).disclosure() : loaded.disclosure();
                files.putAll(CsvExport.files(d, facts(loaded), profiles).files());
            }
        }
        return Collections.unmodifiableMap(files);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
