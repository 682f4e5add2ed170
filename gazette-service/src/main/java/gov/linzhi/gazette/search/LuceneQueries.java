package gov.linzhi.gazette.search;

import gov.linzhi.gazette.parsing.DocumentNumbers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static gov.linzhi.gazette.search.LuceneFields.AUTHORITY;
import static gov.linzhi.gazette.search.LuceneFields.CATEGORY;
import static gov.linzhi.gazette.search.LuceneFields.GENRE;
import static gov.linzhi.gazette.search.LuceneFields.KIND;
import static gov.linzhi.gazette.search.LuceneFields.NUMBER;
import static gov.linzhi.gazette.search.LuceneFields.SIGNED;
import static gov.linzhi.gazette.search.LuceneFields.TEXT;
import static gov.linzhi.gazette.search.LuceneFields.TITLE_KIND;
import static gov.linzhi.gazette.search.LuceneFields.WORDS;
import static gov.linzhi.gazette.search.LuceneFields.YEAR;

/**
 * A search as a Lucene query: every word must occur as a contiguous string of the folded text (a document number
 * also matches its document by number); whole words of the segmented text and title entries rank higher; filters
 * restrict without scoring.
 */
final class LuceneQueries {

    private LuceneQueries() {
    }

    static Query of(SearchIndex.Query q, List<String> folded, Analyzer words) {
        BooleanQuery.Builder full = new BooleanQuery.Builder().add(match(folded), Occur.MUST);
        Query ranking = new QueryBuilder(words).createBooleanQuery(WORDS, q.text());
        if (ranking != null) {
            full.add(ranking, Occur.SHOULD);
        }
        full.add(new BoostQuery(new TermQuery(new Term(KIND, TITLE_KIND)), 0.5f), Occur.SHOULD);
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
        return full.build();
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

    private static Query match(List<String> words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            Query q = contiguous(word);
            Optional<String> number = DocumentNumbers.canonical(word);
            if (number.isPresent()) {
                q = new BooleanQuery.Builder()
                        .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(NUMBER, number.get()))), 10f), Occur.SHOULD)
                        .add(q, Occur.SHOULD)
                        .build();
            }
            all.add(q, Occur.MUST);
        }
        return words.isEmpty() ? new MatchNoDocsQuery() : all.build();
    }

    /**
     * A folded word as it occurs: its one character, or a phrase of pairs of characters that covers every character
     * of it. Every other pair is enough (技能提升补贴 is 技能 at 0, 提升 at 2, 补贴 at 4; an odd length adds the last pair),
     * which asks the index for half the positions of the phrase of all pairs and matches the same text.
     */
    static Query contiguous(String folded) {
        String[] pairs = GramAnalyzer.pairs(folded);
        if (pairs.length == 0) {
            return new TermQuery(new Term(TEXT, folded));
        }
        if (pairs.length == 1) {
            return new TermQuery(new Term(TEXT, pairs[0]));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int last = pairs.length - 1;
        for (int i = 0; i < last; i += 2) {
            phrase.add(new Term(TEXT, pairs[i]), i);
        }
        phrase.add(new Term(TEXT, pairs[last]), last);
        return phrase.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
