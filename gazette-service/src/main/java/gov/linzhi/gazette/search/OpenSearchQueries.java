package gov.linzhi.gazette.search;

import gov.linzhi.gazette.parsing.DocumentNumbers;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.ChildScoreMode;
import org.opensearch.client.opensearch._types.query_dsl.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A search as an OpenSearch query, clause for clause the {@link LuceneQueries embedded one}: every folded word must
 * occur as a contiguous string of one entry (the title with the document number, or one provision), as the phrase
 * {@code match_phrase} makes of its characters and pairs in the {@code every_pair} field; a document number also
 * matches by its canonical spelling; smartcn words and the title entry raise the score; a gazette document scores
 * as its best entry ({@code dis_max} of the title and the best provision); filters restrict without scoring.
 */
final class OpenSearchQueries {

    /** The name of the title entry's clause: a hit lists it among its matched queries when its title matched. */
    static final String TITLE_MATCHED = "title";
    /** The name of the inner hits that list a document's matching provisions. */
    static final String PROVISIONS = "provisions";
    /** Provisions listed per document: all of them, as the embedded index lists them (the index's inner window). */
    static final int PROVISIONS_PER_DOCUMENT = 10_000;

    private OpenSearchQueries() {
    }

    static Query of(SearchIndex.Query q, List<String> folded) {
        if (folded.isEmpty()) {
            return Query.of(b -> b.matchNone(n -> n));
        }
        BoolQuery.Builder full = new BoolQuery.Builder()
                .filter(term("kind", OpenSearchDocument.DOCUMENT));
        Query title = entry("titleGrams", "title", folded, q.text(), true);
        Query provision = entry("provisions.grams", "provisions.text", folded, q.text(), false);
        Query provisions = Query.of(b -> b.nested(n -> n.path(PROVISIONS).query(provision).scoreMode(ChildScoreMode.Max)
                .innerHits(i -> i.name(PROVISIONS).size(PROVISIONS_PER_DOCUMENT).trackScores(true)
                        .source(s -> s.filter(f -> f.includes("provisions.path", "provisions.heading", "provisions.text")))
                        .sort(score(), field("provisions.ordinal", SortOrder.Asc)))));
        full.must(Query.of(b -> b.disMax(d -> d.queries(title, provisions).tieBreaker(0f))));
        if (q.year() != null) {
            full.filter(Query.of(b -> b.term(t -> t.field("year").value(FieldValue.of(q.year())))));
        }
        keyword(full, "issuingAuthority", q.issuingAuthority());
        keyword(full, "category", q.category());
        keyword(full, "genre", q.genre());
        if (q.signedFrom() != null || q.signedTo() != null) {
            full.filter(Query.of(b -> b.range(r -> {
                r.field("signedOn");
                if (q.signedFrom() != null) {
                    r.gte(JsonData.of(q.signedFrom().toString()));
                }
                if (q.signedTo() != null) {
                    r.lte(JsonData.of(q.signedTo().toString()));
                }
                return r;
            })));
        }
        return Query.of(b -> b.bool(full.build()));
    }

    /** The order of a page: as {@link GroupRanking}, a document without a date before every other one. */
    static List<SortOptions> order(SearchOrder order) {
        List<SortOptions> sort = new ArrayList<>();
        switch (order == null ? SearchOrder.RELEVANCE : order) {
            case RELEVANCE -> { }
            case DATE_ASC -> sort.add(SortOptions.of(s -> s.field(f -> f.field("signedOn").order(SortOrder.Asc).missing(FieldValue.of("_first")))));
            case DATE_DESC -> sort.add(SortOptions.of(s -> s.field(f -> f.field("signedOn").order(SortOrder.Desc).missing(FieldValue.of("_last")))));
        }
        sort.add(score());
        sort.add(field("docId", SortOrder.Asc));
        return sort;
    }

    /** One entry: every word contiguous, smartcn words of the query ranking, the title entry a little higher. */
    private static Query entry(String grams, String words, List<String> folded, String text, boolean title) {
        BoolQuery.Builder entry = new BoolQuery.Builder();
        for (String word : folded) {
            entry.must(word(grams, word, title));
        }
        entry.should(Query.of(b -> b.match(m -> m.field(words).query(FieldValue.of(text)))));
        if (title) {
            entry.should(Query.of(b -> b.constantScore(c -> c.filter(f -> f.matchAll(a -> a)).boost(0.5f))));
            entry.queryName(TITLE_MATCHED);
        }
        return Query.of(b -> b.bool(entry.build()));
    }

    private static Query word(String grams, String word, boolean title) {
        Query contiguous = contiguous(grams, word);
        Optional<String> number = title ? DocumentNumbers.canonical(word) : Optional.empty();
        if (number.isEmpty()) {
            return contiguous;
        }
        Query byNumber = Query.of(b -> b.constantScore(c -> c.filter(term("number", number.get())).boost(10f)));
        return Query.of(b -> b.bool(o -> o.should(byNumber, contiguous).minimumShouldMatch("1")));
    }

    /**
     * A folded word as it occurs, as {@link LuceneQueries#contiguous}: its one character, or the phrase of every other
     * pair of its characters (and the last pair). {@code every_pair} puts character i at position 2i and the pair
     * starting there at 2i+1, so the pairs asked for stand 4 positions apart; the query text lists them with a hole
     * ({@code _}, dropped by the {@code pairs_at_positions} analyser, leaving its position) for each position between.
     */
    static Query contiguous(String grams, String folded) {
        String[] pairs = GramAnalyzer.pairs(folded);
        if (pairs.length == 0) {
            return Query.of(b -> b.term(t -> t.field(grams).value(FieldValue.of(folded))));
        }
        if (pairs.length == 1) {
            return Query.of(b -> b.term(t -> t.field(grams).value(FieldValue.of(pairs[0]))));
        }
        int last = pairs.length - 1;
        StringBuilder positions = new StringBuilder(pairs[0]);
        int previous = 0;
        for (int i = 2; i <= last; i += 2) {
            previous = append(positions, pairs, previous, i);
        }
        if (previous != last) {
            append(positions, pairs, previous, last);
        }
        String text = positions.toString();
        return Query.of(b -> b.matchPhrase(p -> p.field(grams).query(text).analyzer("pairs_at_positions")));
    }

    private static int append(StringBuilder positions, String[] pairs, int previous, int next) {
        positions.append(" _".repeat(2 * (next - previous) - 1)).append(' ').append(pairs[next]);
        return next;
    }

    private static void keyword(BoolQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.filter(term(field, value));
        }
    }

    private static Query term(String field, String value) {
        return Query.of(b -> b.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static SortOptions score() {
        return SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc)));
    }

    private static SortOptions field(String field, SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(order)));
    }
}
