package gov.linzhi.gazette.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static gov.linzhi.gazette.search.LuceneFields.DOC_ID;
import static gov.linzhi.gazette.search.LuceneFields.KEYWORD_FACETS;
import static gov.linzhi.gazette.search.LuceneFields.KIND;
import static gov.linzhi.gazette.search.LuceneFields.SIGNED;
import static gov.linzhi.gazette.search.LuceneFields.YEAR;

/**
 * Collects every match, grouped by gazette document, reading ids and facet ordinals from doc values. A gazette
 * document's title and provisions are indexed as one block ({@code IndexWriter.addDocuments}, after deleting the old
 * block), so its Lucene documents sit next to each other in one segment and are collected one after the other: a
 * hit starts a new group exactly when its id differs from the previous hit's, and no map of groups is needed. Facet
 * values are counted as each group is found.
 */
final class SearchGroups extends SimpleCollector {

    /** A Lucene document and its score. */
    record Ref(int doc, float score) {
        static final Comparator<Ref> BEST_FIRST = Comparator.comparingDouble((Ref r) -> -r.score()).thenComparingInt(Ref::doc);
    }

    /** The Lucene hits of one gazette document. */
    static final class Group {
        final long documentId;
        /** The epoch day signed, or the earliest possible day for a document without a date. */
        long signedOn = Long.MIN_VALUE;
        float best = Float.NEGATIVE_INFINITY;
        int titleDoc = -1;
        final List<Ref> provisions = new ArrayList<>(4);

        Group(long documentId) {
            this.documentId = documentId;
        }
    }

    final List<Group> groups = new ArrayList<>();
    /** Per segment, the doc values of {@link LuceneFields#KEYWORD_FACETS}, to read the text of an ordinal once. */
    final List<SortedDocValues[]> keywordValues = new ArrayList<>();
    /** Per segment and keyword facet, the number of groups with each ordinal, counted as groups are found. */
    final List<int[][]> ordinalCounts = new ArrayList<>();
    /** The distinct years of the groups and how many groups have each; few, so scanned rather than hashed. */
    long[] years = new long[16];
    long[] yearCounts = new long[16];
    int distinctYears;
    private int[][] leafCounts;
    private Scorable scorer;
    private int docBase;
    private Group last;
    private NumericDocValues ids;
    private NumericDocValues yearValues;
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
        yearValues = DocValues.getNumeric(ctx.reader(), YEAR);
        signed = DocValues.getNumeric(ctx.reader(), SIGNED);
        // separate instances for counting later: these iterate forward while collecting
        keywords = new SortedDocValues[KEYWORD_FACETS.size()];
        SortedDocValues[] forCounting = new SortedDocValues[KEYWORD_FACETS.size()];
        leafCounts = new int[KEYWORD_FACETS.size()][];
        for (int f = 0; f < keywords.length; f++) {
            keywords[f] = DocValues.getSorted(ctx.reader(), KEYWORD_FACETS.get(f));
            forCounting[f] = DocValues.getSorted(ctx.reader(), KEYWORD_FACETS.get(f));
            leafCounts[f] = new int[forCounting[f].getValueCount()];
        }
        keywordValues.add(forCounting);
        ordinalCounts.add(leafCounts);
        last = null;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!ids.advanceExact(doc)) {
            return;
        }
        long id = ids.longValue();
        Group g = last;
        if (g == null || g.documentId != id) {
            g = newGroup(id, doc);
        }
        float score = scorer.score();
        g.best = Math.max(g.best, score);
        if (kinds.advanceExact(doc) && kinds.longValue() == 1) {
            g.titleDoc = docBase + doc;
        } else {
            g.provisions.add(new Ref(docBase + doc, score));
        }
    }

    private Group newGroup(long id, int doc) throws IOException {
        Group g = new Group(id);
        if (yearValues.advanceExact(doc)) {
            countYear(yearValues.longValue());
        }
        for (int f = 0; f < keywords.length; f++) {
            if (keywords[f].advanceExact(doc)) {
                leafCounts[f][keywords[f].ordValue()]++;
            }
        }
        if (signed.advanceExact(doc)) {
            g.signedOn = signed.longValue();
        }
        groups.add(g);
        last = g;
        return g;
    }

    private void countYear(long year) {
        int i = 0;
        while (i < distinctYears && years[i] != year) {
            i++;
        }
        if (i == distinctYears) {
            if (distinctYears == years.length) {
                years = Arrays.copyOf(years, distinctYears * 2);
                yearCounts = Arrays.copyOf(yearCounts, distinctYears * 2);
            }
            years[distinctYears++] = year;
        }
        yearCounts[i]++;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }
}
