package org.gongkai.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.gongkai.app.store.DisclosureInfo;
import org.gongkai.app.store.Disclosures;
import org.gongkai.app.store.PublicationChanged;
import org.gongkai.app.store.Publications;
import org.gongkai.app.store.StoreException;
import org.gongkai.app.store.VersionDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The portal's full-text search (Apache Lucene, Chinese words by its smartcn analyzer) over the
 * current published versions only: one Lucene document per section of the disclosure page — a
 * 概况 or 情况说明 section, a budget table (its 科目 names and headings), a project's 绩效目标表
 * (project, indicators), the 名词解释 — with the department's and region's names, so that each
 * result links to the section's anchor.
 *
 * <p>The index lives in memory and is rebuilt from the database at every start ({@link #rebuild}):
 * the database stays the one record, nothing on disk can fall out of step with it, and the index of
 * a thousand disclosures is a few megabytes. After a publication, a correction (the new version
 * replaces the old) or a withdrawal commits, {@link #changed} re-reads that disclosure. Each
 * disclosure is re-read under one lock, so the later read is always the one kept.
 */
@Service
public class SearchIndex {

    /** Results per page. */
    public static final int PAGE_SIZE = 10;
    /** The longest query taken, in characters. */
    public static final int MAX_QUERY = 100;
    /** Pages beyond this are not served (a thousand results are more than anyone reads). */
    public static final int MAX_PAGES = 100;

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String ID = "disclosure";
    private static final String SECTION = "section";
    private static final String NAMES = "names";
    private static final String TEXT = "text";
    /** The stored fields a result shows (not the text: the highlighter reads it). */
    private static final java.util.Set<String> SHOWN = java.util.Set.of(ID, "version", "region", "regionName", "department",
            "departmentName", "year", "phase", "kind", "anchor", "sectionKind", SECTION);
    private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
    }

    private final Disclosures disclosures;
    private final Publications publications;
    private final DocumentHtml pages;
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock lock = new ReentrantLock();
    /** Changes are taken once the rebuild has begun (it reads everything published before). */
    private volatile boolean accepting;
    private volatile boolean ready;
    private volatile int indexedDisclosures;

    public SearchIndex(Disclosures disclosures, Publications publications, DocumentHtml pages) {
        this.disclosures = disclosures;
        this.publications = publications;
        this.pages = pages;
        try {
            this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the index holds everything published (the first rebuild done). */
    public boolean ready() {
        return ready;
    }

    /** How many disclosures the index holds. */
    public int disclosures() {
        return indexedDisclosures;
    }

    /**
     * Reads every current published version from the database into a new index; returns the number
     * of disclosures read. The index is ready afterwards.
     */
    public int rebuild() {
        accepting = true;
        long start = System.nanoTime();
        try {
            lock.lock();
            try {
                writer.deleteAll();
            } finally {
                lock.unlock();
            }
            int n = 0;
            for (Publications.Publication p : publications.latest(Integer.MAX_VALUE)) {
                if (reindex(p.disclosureId())) {
                    n++;
                }
            }
            searchers.maybeRefreshBlocking();
            indexedDisclosures = n;
            ready = true;
            LOG.info("search index built: {} disclosures in {} ms", n, (System.nanoTime() - start) / 1_000_000);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After a publication, correction or withdrawal commits: the disclosure as the public now sees it. */
    @TransactionalEventListener(fallbackExecution = true)
    public void changed(PublicationChanged e) {
        if (!accepting) {
            return;
        }
        try {
            reindex(e.disclosureId());
            searchers.maybeRefreshBlocking();
            indexedDisclosures = publications.latest(Integer.MAX_VALUE).size();
        } catch (IOException | RuntimeException ex) {
            LOG.error("search index: disclosure {} not updated", e.disclosureId(), ex);
        }
    }

    /** Replaces a disclosure's sections by those of its current published version (none when it has none). */
    private boolean reindex(long id) throws IOException {
        lock.lock();
        try {
            Term key = new Term(ID, Long.toString(id));
            VersionDocument doc;
            try {
                doc = disclosures.published(id);
            } catch (StoreException.NotFound gone) {
                writer.deleteDocuments(key);
                return false;
            }
            List<Document> docs = documents(doc, Sections.of(pages.html(doc)));
            writer.updateDocuments(key, docs);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private static List<Document> documents(VersionDocument doc, List<Sections.Section> sections) {
        DisclosureInfo x = doc.disclosure();
        List<Document> out = new ArrayList<>(sections.size());
        for (Sections.Section s : sections) {
            Document d = new Document();
            d.add(new StringField(ID, Long.toString(x.id()), Field.Store.YES));
            d.add(new StoredField("version", doc.version().number()));
            d.add(new StoredField("region", x.region()));
            d.add(new StoredField("regionName", x.regionName()));
            d.add(new StoredField("department", x.department()));
            d.add(new StoredField("departmentName", x.departmentName()));
            d.add(new StoredField("year", x.fiscalYear()));
            d.add(new StoredField("phase", x.phase()));
            d.add(new StoredField("kind", x.kind()));
            d.add(new StoredField("anchor", s.anchor()));
            d.add(new StoredField("sectionKind", s.kind().label));
            d.add(new Field(SECTION, s.title(), HIGHLIGHTED));
            d.add(new TextField(NAMES, x.departmentName() + "\n" + x.regionName(), Field.Store.NO));
            d.add(new Field(TEXT, s.text(), HIGHLIGHTED));
            out.add(d);
        }
        return out;
    }

    /**
     * The sections matching a query: every word of it (words apart by spaces; Chinese words as
     * smartcn cuts them, kept together as a phrase) in the section's title, its text or the
     * department's name. The words are taken as text: the query parser's syntax characters are
     * escaped. A query of no words (blank, punctuation only) finds nothing.
     *
     * @param page 1-based; past the last page, the last page
     */
    public SearchResults search(String words, int page) {
        if (words == null || words.isBlank()) {
            return SearchResults.empty();
        }
        Query query = query(words);
        if (query instanceof MatchNoDocsQuery || query instanceof BooleanQuery b && b.clauses().isEmpty()) {
            return SearchResults.empty();
        }
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // one pass: the hits up to the page asked, counted exactly up to the last page served
            int wanted = Math.min(Math.max(1, page), MAX_PAGES) * PAGE_SIZE;
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, null, MAX_PAGES * PAGE_SIZE));
            long total = top.totalHits.value;
            boolean more = top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO
                    || total > (long) MAX_PAGES * PAGE_SIZE;
            ScoreDoc[] all = top.scoreDocs;
            if (all.length == 0) {
                return SearchResults.empty();
            }
            int pages = (int) Math.min(MAX_PAGES, (Math.min(total, (long) MAX_PAGES * PAGE_SIZE) + PAGE_SIZE - 1) / PAGE_SIZE);
            int shown = Math.min(Math.max(1, page), (all.length + PAGE_SIZE - 1) / PAGE_SIZE);
            int from = (shown - 1) * PAGE_SIZE;
            ScoreDoc[] slice = java.util.Arrays.copyOfRange(all, from, Math.min(all.length, from + PAGE_SIZE));
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new Snippets())
                    .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                    .withMaxLength(10_000)
                    .build();
            Map<String, String[]> snippets = highlighter.highlightFields(new String[] {TEXT}, query,
                    ids(slice), new int[] {2});
            String[] texts = snippets.get(TEXT);
            List<SearchResults.Hit> hits = new ArrayList<>(slice.length);
            StoredFields fields = searcher.storedFields();
            for (int i = 0; i < slice.length; i++) {
                Document d = fields.document(slice[i].doc, SHOWN);
                String snippet = texts == null ? null : texts[i];
                hits.add(new SearchResults.Hit(Long.parseLong(d.get(ID)), d.getField("version").numericValue().intValue(),
                        d.get("region"), d.get("regionName"), d.get("department"), d.get("departmentName"),
                        d.getField("year").numericValue().intValue(), d.get("phase"), d.get("kind"), d.get("anchor"),
                        d.get(SECTION), d.get("sectionKind"), snippet == null ? "" : snippet));
            }
            return new SearchResults(total, more, shown, pages, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                LOG.warn("search index: searcher not released", e);
            }
        }
    }

    private static int[] ids(ScoreDoc[] docs) {
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        return ids;
    }

    /** The words as a query over title, text and names; the parser's syntax escaped, operators lower-cased away. */
    Query query(String words) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {SECTION, NAMES, TEXT}, analyzer,
                Map.of(SECTION, 3f, NAMES, 2f, TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            Query q = parser.parse(QueryParser.escape(words.strip().toLowerCase(Locale.ROOT)));
            return q == null ? new MatchNoDocsQuery() : q;
        } catch (ParseException | IllegalArgumentException e) {
            return new MatchNoDocsQuery();
        }
    }
}
