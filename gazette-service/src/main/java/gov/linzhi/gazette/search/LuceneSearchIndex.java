package gov.linzhi.gazette.search;

import gov.linzhi.gazette.parsing.DocumentNumbers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embedded Lucene index. Each gazette document becomes one Lucene document for its title and one
 * per provision. Fields: {@code text}, every character and pair of characters of the folded text
 * ({@link GramAnalyzer}: any contiguous string is found where it occurs, 财政 inside 财政局, 月15 inside
 * 12 月 15 日), {@code words} segmented by SmartChineseAnalyzer (ranking: whole words score higher),
 * {@code number} the canonical document number, and filter/facet fields. A query word must occur as a
 * contiguous string; a document number matches in any spelling.
 */
public class LuceneSearchIndex implements SearchIndex, Closeable {

    private static final String KIND = "kind";
    private static final String DOC_ID = "docId";
    private static final String TEXT = "text";
    private static final String WORDS = "words";
    private static final String NUMBER = "number";
    private static final String PATH = "path";
    private static final String HEADING = "heading";
    private static final String TITLE = "title";
    private static final String YEAR = "year";
    private static final String AUTHORITY = "issuingAuthority";
    private static final String CATEGORY = "category";
    private static final String GENRE = "genre";
    private static final String SIGNED = "signedOn";
    private static final String WATERMARK = "outboxWatermark";
    private static final int SNIPPET_CHARS = 90;
    private static final int TITLE_SNIPPET_CHARS = 200;

    private final Directory directory;
    private final Analyzer words = new SmartChineseAnalyzer();
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new GramAnalyzer(), Map.of(WORDS, words));
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long watermark;

    public LuceneSearchIndex(Path folder) {
        try {
            directory = FSDirectory.open(folder);
            watermark = -1;
            if (DirectoryReader.indexExists(directory)) {
                var commits = DirectoryReader.listCommits(directory);
                watermark = Long.parseLong(commits.get(commits.size() - 1).getUserData().getOrDefault(WATERMARK, "-1"));
            }
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + folder, e);
        }
    }

    @Override
    public synchronized void replaceAll(List<IndexedDocument> documents, long newWatermark) {
        try {
            writer.deleteAll();
            for (IndexedDocument d : documents) {
                writer.addDocuments(luceneDocuments(d));
            }
            commit(newWatermark);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void apply(List<IndexedDocument> upserts, List<Long> deletes, long newWatermark) {
        try {
            for (Long id : deletes) {
                writer.deleteDocuments(new Term(DOC_ID, id.toString()));
            }
            for (IndexedDocument d : upserts) {
                writer.deleteDocuments(new Term(DOC_ID, String.valueOf(d.id())));
                writer.addDocuments(luceneDocuments(d));
            }
            commit(Math.max(watermark, newWatermark));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit(long newWatermark) throws IOException {
        writer.setLiveCommitData(Map.of(WATERMARK, String.valueOf(newWatermark)).entrySet());
        writer.commit();
        watermark = newWatermark;
        searchers.maybeRefreshBlocking();
    }

    @Override
    public long watermark() {
        return watermark;
    }

    @Override
    public int documentCount() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.count(new TermQuery(new Term(KIND, "doc")));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Document> luceneDocuments(IndexedDocument d) {
        List<Document> docs = new ArrayList<>();
        Document head = base(d, "doc");
        head.add(new StoredField(TITLE, d.title()));
        head.add(new TextField(TEXT, d.title(), Field.Store.NO));
        head.add(new TextField(WORDS, d.title(), Field.Store.NO));
        if (d.documentNumber() != null) {
            // a second value of the field: no phrase runs from the title into the number
            head.add(new TextField(TEXT, d.documentNumber(), Field.Store.NO));
            head.add(new StringField(NUMBER, d.documentNumber(), Field.Store.NO));
        }
        docs.add(head);
        for (IndexedProvision p : d.provisions()) {
            Document doc = base(d, "prov");
            doc.add(new StoredField(PATH, p.path()));
            doc.add(new StoredField(HEADING, p.heading()));
            doc.add(new TextField(TEXT, p.text(), Field.Store.YES));
            doc.add(new TextField(WORDS, p.text(), Field.Store.NO));
            docs.add(doc);
        }
        return docs;
    }

    private static Document base(IndexedDocument d, String kind) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind, Field.Store.NO));
        doc.add(new NumericDocValuesField(KIND, "doc".equals(kind) ? 1 : 0));
        doc.add(new StringField(DOC_ID, String.valueOf(d.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(DOC_ID, d.id()));
        doc.add(new IntPoint(YEAR, d.year()));
        doc.add(new NumericDocValuesField(YEAR, d.year()));
        keyword(doc, AUTHORITY, d.issuingAuthority());
        keyword(doc, CATEGORY, d.category());
        keyword(doc, GENRE, d.genre());
        if (d.signedOn() != null) {
            doc.add(new LongPoint(SIGNED, d.signedOn().toEpochDay()));
            doc.add(new NumericDocValuesField(SIGNED, d.signedOn().toEpochDay()));
        }
        return doc;
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.NO));
            doc.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    // ------------------------------------------------------------------ search

    @Override
    public Result search(Query q) {
        List<String> folded = foldedWords(q.text());
        org.apache.lucene.search.Query match = matchQuery(folded);
        BooleanQuery.Builder full = new BooleanQuery.Builder().add(match, Occur.MUST);
        org.apache.lucene.search.Query ranking = new QueryBuilder(words).createBooleanQuery(WORDS, q.text());
        if (ranking != null) {
            full.add(ranking, Occur.SHOULD);
        }
        full.add(new BoostQuery(new TermQuery(new Term(KIND, "doc")), 0.5f), Occur.SHOULD);
        if (q.year() != null) {
            full.add(IntPoint.newExactQuery(YEAR, q.year()), Occur.FILTER);
        }
        filter(full, AUTHORITY, q.issuingAuthority());
        filter(full, CATEGORY, q.category());
        filter(full, GENRE, q.genre());
        if (q.signedFrom() != null || q.signedTo() != null) {
            full.add(LongPoint.newRangeQuery(SIGNED,
                    q.signedFrom() == null ? Long.MIN_VALUE : q.signedFrom().toEpochDay(),
                    q.signedTo() == null ? Long.MAX_VALUE : q.signedTo().toEpochDay()), Occur.FILTER);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                GroupingCollector groups = new GroupingCollector();
                searcher.search(full.build(), groups);
                var all = groups.groups.values();
                Map<String, Map<String, Long>> facets = facets(all, groups);
                int from = (int) Math.min(all.size(), (long) q.page() * q.size());
                int to = Math.min(all.size(), from + q.size());
                // a page past the end needs no order at all
                List<Group> ranked = from >= to ? List.of() : firstInOrder(all, order(q.order()), to);
                StoredFields stored = searcher.storedFields();
                List<DocumentHit> hits = new ArrayList<>();
                for (Group g : ranked.subList(Math.min(from, ranked.size()), ranked.size())) {
                    String titleSnippet = null;
                    if (g.titleDoc >= 0) {
                        String title = stored.document(g.titleDoc).get(TITLE);
                        if (!Snippets.matches(title, folded).isEmpty()) {
                            titleSnippet = Snippets.of(title, folded, TITLE_SNIPPET_CHARS);
                        }
                    }
                    List<ProvisionHit> provisions = new ArrayList<>();
                    g.provisions.sort(Ref.BEST_FIRST);
                    for (Ref p : g.provisions) {
                        Document doc = stored.document(p.doc());
                        provisions.add(new ProvisionHit(doc.get(PATH), doc.get(HEADING), Snippets.of(doc.get(TEXT), folded, SNIPPET_CHARS)));
                    }
                    hits.add(new DocumentHit(g.documentId, g.best, titleSnippet, provisions));
                }
                return new Result(all.size(), hits, facets);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words of a query as they are searched: folded like the text, a document number in any spelling as
     * its canonical spelling; words that fold to nothing (only invisible characters) are left out.
     */
    static List<String> foldedWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            String folded = SearchText.fold(DocumentNumbers.canonical(word).orElse(word));
            if (!folded.isEmpty()) {
                words.add(folded);
            }
        }
        return words;
    }

    /** Every word of the query must occur as a contiguous string; a document number also matches its document. */
    private static org.apache.lucene.search.Query matchQuery(List<String> words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            org.apache.lucene.search.Query q = contiguous(word);
            if (DocumentNumbers.canonical(word).isPresent()) {
                q = new BooleanQuery.Builder()
                        .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(NUMBER,
                                DocumentNumbers.canonical(word).get()))), 10f), Occur.SHOULD)
                        .add(q, Occur.SHOULD)
                        .build();
            }
            all.add(q, Occur.MUST);
        }
        return words.isEmpty() ? new MatchNoDocsQuery() : all.build();
    }

    /** A folded word as it occurs: its one character, or the phrase of its pairs of characters. */
    private static org.apache.lucene.search.Query contiguous(String folded) {
        String[] pairs = GramAnalyzer.pairs(folded);
        if (pairs.length == 0) {
            return new TermQuery(new Term(TEXT, folded));
        }
        if (pairs.length == 1) {
            return new TermQuery(new Term(TEXT, pairs[0]));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < pairs.length; i++) {
            phrase.add(new Term(TEXT, pairs[i]), i);
        }
        return phrase.build();
    }

    /**
     * The first {@code n} groups in {@code order}, sorted: a bounded heap over all of them, since a page needs only
     * the groups up to its end however many match.
     */
    static List<Group> firstInOrder(java.util.Collection<Group> groups, Comparator<Group> order, int n) {
        if (n <= 0) {
            return List.of();
        }
        java.util.PriorityQueue<Group> worstFirst = new java.util.PriorityQueue<>(n + 1, order.reversed());
        for (Group g : groups) {
            if (worstFirst.size() < n) {
                worstFirst.add(g);
            } else if (order.compare(g, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(g);
            }
        }
        List<Group> first = new ArrayList<>(worstFirst);
        first.sort(order);
        return first;
    }

    private static Comparator<Group> order(SearchOrder order) {
        Comparator<Group> byRelevance = Comparator.comparingDouble((Group g) -> -g.best);
        Comparator<Group> bySigned = Comparator.comparingLong((Group g) -> g.signedOn);
        Comparator<Group> first = switch (order == null ? SearchOrder.RELEVANCE : order) {
            case RELEVANCE -> byRelevance;
            case DATE_ASC -> bySigned.thenComparing(byRelevance);
            case DATE_DESC -> bySigned.reversed().thenComparing(byRelevance);
        };
        return first.thenComparingLong(g -> g.documentId);
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    /**
     * Counts of matching documents per facet value. Groups hold ordinals of their segment's doc values; a value's
     * text is read once per segment and ordinal, not once per matching document.
     */
    private static Map<String, Map<String, Long>> facets(java.util.Collection<Group> groups, GroupingCollector collected) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        Map<Long, Long> years = new HashMap<>();
        for (Group g : groups) {
            if (g.year != Long.MIN_VALUE) {
                years.merge(g.year, 1L, Long::sum);
            }
        }
        Map<String, Long> yearCounts = new HashMap<>();
        years.forEach((y, n) -> yearCounts.put(String.valueOf(y), n));
        facets.put(YEAR, sorted(yearCounts));
        for (int f = 0; f < KEYWORD_FACETS.size(); f++) {
            Map<Long, long[]> byLeafAndOrd = new HashMap<>();
            for (Group g : groups) {
                int ord = g.ords[f];
                if (ord >= 0) {
                    byLeafAndOrd.computeIfAbsent(((long) g.leaf << 32) | ord, k -> new long[1])[0]++;
                }
            }
            Map<String, Long> counts = new HashMap<>();
            for (var e : byLeafAndOrd.entrySet()) {
                SortedDocValues values = collected.keywordValues.get((int) (e.getKey() >>> 32))[f];
                try {
                    counts.merge(values.lookupOrd((int) (e.getKey() & 0xffffffffL)).utf8ToString(), e.getValue()[0], Long::sum);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
            facets.put(KEYWORD_FACETS.get(f), sorted(counts));
        }
        return facets;
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** A Lucene document and its score. */
    private record Ref(int doc, float score) {
        static final Comparator<Ref> BEST_FIRST = Comparator.comparingDouble((Ref r) -> -r.score()).thenComparingInt(Ref::doc);
    }

    /** The keyword facets, in the order a group keeps their ordinals. */
    private static final List<String> KEYWORD_FACETS = List.of(AUTHORITY, CATEGORY, GENRE);

    /** The Lucene hits of one gazette document. */
    private static final class Group {
        final long documentId;
        /** The epoch day signed, or the earliest possible day for a document without a date. */
        long signedOn = Long.MIN_VALUE;
        long year = Long.MIN_VALUE;
        /** The segment the document's Lucene documents are in (they are indexed as one block) and its facet ordinals. */
        int leaf;
        final int[] ords = {-1, -1, -1};
        float best = Float.NEGATIVE_INFINITY;
        int titleDoc = -1;
        final List<Ref> provisions = new ArrayList<>(4);

        Group(long documentId) {
            this.documentId = documentId;
        }
    }

    /**
     * Collects every match, grouped by gazette document, reading ids and facet ordinals from doc values. A
     * document's title and provisions are one block of Lucene documents, collected one after the other, so the
     * group of the previous hit is tried before the map.
     */
    private static final class GroupingCollector extends SimpleCollector {
        final Map<Long, Group> groups = new HashMap<>();
        /** Per segment, the doc values of {@link #KEYWORD_FACETS}, to read the text of an ordinal once. */
        final List<SortedDocValues[]> keywordValues = new ArrayList<>();
        private Scorable scorer;
        private int docBase;
        private int leaf;
        private Group last;
        private NumericDocValues ids;
        private NumericDocValues years;
        private SortedDocValues[] keywords;
        private NumericDocValues kinds;
        private NumericDocValues signed;

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
            kinds = DocValues.getNumeric(ctx.reader(), KIND);
            docBase = ctx.docBase;
            ids = DocValues.getNumeric(ctx.reader(), DOC_ID);
            years = DocValues.getNumeric(ctx.reader(), YEAR);
            signed = DocValues.getNumeric(ctx.reader(), SIGNED);
            // separate instances for counting later: these iterate forward while collecting
            keywords = new SortedDocValues[KEYWORD_FACETS.size()];
            SortedDocValues[] forCounting = new SortedDocValues[KEYWORD_FACETS.size()];
            for (int f = 0; f < keywords.length; f++) {
                keywords[f] = DocValues.getSorted(ctx.reader(), KEYWORD_FACETS.get(f));
                forCounting[f] = DocValues.getSorted(ctx.reader(), KEYWORD_FACETS.get(f));
            }
            leaf = keywordValues.size();
            keywordValues.add(forCounting);
            last = null;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!ids.advanceExact(doc)) {
                return;
            }
            long id = ids.longValue();
            float score = scorer.score();
            Group g = last != null && last.documentId == id ? last : groups.get(id);
            if (g == null) {
                g = new Group(id);
                g.leaf = leaf;
                if (years.advanceExact(doc)) {
                    g.year = years.longValue();
                }
                for (int f = 0; f < keywords.length; f++) {
                    if (keywords[f].advanceExact(doc)) {
                        g.ords[f] = keywords[f].ordValue();
                    }
                }
                if (signed.advanceExact(doc)) {
                    g.signedOn = signed.longValue();
                }
                groups.put(id, g);
            }
            last = g;
            g.best = Math.max(g.best, score);
            if (isTitle(doc)) {
                g.titleDoc = docBase + doc;
            } else {
                g.provisions.add(new Ref(docBase + doc, score));
            }
        }

        private boolean isTitle(int doc) throws IOException {
            return kinds.advanceExact(doc) && kinds.longValue() == 1;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
