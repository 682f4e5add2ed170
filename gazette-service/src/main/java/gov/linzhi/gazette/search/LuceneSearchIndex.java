package gov.linzhi.gazette.search;

import gov.linzhi.gazette.search.SearchGroups.Group;
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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.linzhi.gazette.search.LuceneFields.AUTHORITY;
import static gov.linzhi.gazette.search.LuceneFields.CATEGORY;
import static gov.linzhi.gazette.search.LuceneFields.DOC_ID;
import static gov.linzhi.gazette.search.LuceneFields.GENRE;
import static gov.linzhi.gazette.search.LuceneFields.HEADING;
import static gov.linzhi.gazette.search.LuceneFields.KIND;
import static gov.linzhi.gazette.search.LuceneFields.NUMBER;
import static gov.linzhi.gazette.search.LuceneFields.PATH;
import static gov.linzhi.gazette.search.LuceneFields.PROVISION_KIND;
import static gov.linzhi.gazette.search.LuceneFields.SIGNED;
import static gov.linzhi.gazette.search.LuceneFields.TEXT;
import static gov.linzhi.gazette.search.LuceneFields.TITLE;
import static gov.linzhi.gazette.search.LuceneFields.TITLE_KIND;
import static gov.linzhi.gazette.search.LuceneFields.WORDS;
import static gov.linzhi.gazette.search.LuceneFields.YEAR;

/**
 * Embedded Lucene index. Each gazette document becomes one Lucene document for its title and one
 * per provision. Fields: {@code text}, every character and pair of characters of the folded text
 * ({@link GramAnalyzer}: any contiguous string is found where it occurs, 财政 inside 财政局, 月15 inside
 * 12 月 15 日), {@code words} segmented by SmartChineseAnalyzer (ranking: whole words score higher),
 * {@code number} the canonical document number, and filter/facet fields. A query word must occur as a
 * contiguous string; a document number matches in any spelling.
 */
public class LuceneSearchIndex implements SearchIndex, Closeable {

    private static final String WATERMARK = "outboxWatermark";
    /** The stored fields a hit shows. */
    private static final Set<String> STORED = Set.of(TITLE, PATH, HEADING, TEXT);

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
                return s.count(new TermQuery(new Term(KIND, TITLE_KIND)));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Document> luceneDocuments(IndexedDocument d) {
        List<Document> docs = new ArrayList<>();
        Document head = base(d, TITLE_KIND);
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
            Document doc = base(d, PROVISION_KIND);
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
        doc.add(new NumericDocValuesField(KIND, TITLE_KIND.equals(kind) ? 1 : 0));
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
        List<String> folded = LuceneQueries.foldedWords(q.text());
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                SearchGroups groups = new SearchGroups();
                searcher.search(LuceneQueries.of(q, folded, words), groups);
                List<Group> all = groups.groups;
                Map<String, Map<String, Long>> facets = FacetCounts.of(groups);
                int from = (int) Math.min(all.size(), (long) q.page() * q.size());
                int to = Math.min(all.size(), from + q.size());
                // a page past the end needs no order at all
                List<Group> ranked = from >= to ? List.of() : GroupRanking.firstInOrder(all, GroupRanking.of(q.order()), to);
                List<Group> page = ranked.subList(Math.min(from, ranked.size()), ranked.size());
                return new Result(all.size(), hits(page, stored(searcher, page), folded), facets);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<DocumentHit> hits(List<Group> page, Map<Integer, Document> stored, List<String> folded) {
        List<DocumentHit> hits = new ArrayList<>();
        for (Group g : page) {
            String titleSnippet = g.titleDoc < 0 ? null : Snippets.ofTitleIfMatching(stored.get(g.titleDoc).get(TITLE), folded);
            List<ProvisionHit> provisions = new ArrayList<>();
            g.provisions.sort(SearchGroups.Ref.BEST_FIRST);
            for (SearchGroups.Ref p : g.provisions) {
                Document doc = stored.get(p.doc());
                provisions.add(new ProvisionHit(doc.get(PATH), doc.get(HEADING), Snippets.ofProvision(doc.get(TEXT), folded)));
            }
            hits.add(new DocumentHit(g.documentId, g.best, titleSnippet, provisions));
        }
        return hits;
    }

    /**
     * The stored fields of a page's titles and provisions, read in the order of their Lucene ids: stored fields are
     * compressed in blocks of neighbouring documents, and a block read for one id serves the next ones.
     */
    private static Map<Integer, Document> stored(IndexSearcher searcher, List<Group> page) throws IOException {
        List<Integer> ids = new ArrayList<>();
        for (Group g : page) {
            if (g.titleDoc >= 0) {
                ids.add(g.titleDoc);
            }
            g.provisions.forEach(p -> ids.add(p.doc()));
        }
        ids.sort(null);
        StoredFields fields = searcher.storedFields();
        Map<Integer, Document> documents = new HashMap<>();
        for (int id : ids) {
            documents.put(id, fields.document(id, STORED));
        }
        return documents;
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
