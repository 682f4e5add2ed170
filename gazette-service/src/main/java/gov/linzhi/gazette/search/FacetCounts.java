package gov.linzhi.gazette.search;

import org.apache.lucene.index.SortedDocValues;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static gov.linzhi.gazette.search.LuceneFields.KEYWORD_FACETS;
import static gov.linzhi.gazette.search.LuceneFields.YEAR;

/**
 * Counts of matching gazette documents per facet value: year, issuing authority, category, genre, from the counts
 * {@link SearchGroups} keeps while collecting: keyword values by ordinal in an array per segment, so a value's text is
 * read once per segment and ordinal, not once per matching document.
 */
final class FacetCounts {

    private FacetCounts() {
    }

    static Map<String, Map<String, Long>> of(SearchGroups collected) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        Map<String, Long> years = new HashMap<>();
        for (int i = 0; i < collected.distinctYears; i++) {
            years.put(String.valueOf(collected.years[i]), collected.yearCounts[i]);
        }
        facets.put(YEAR, sorted(years));
        List<SortedDocValues[]> values = collected.keywordValues;
        for (int f = 0; f < KEYWORD_FACETS.size(); f++) {
            Map<String, Long> counts = new HashMap<>();
            for (int leaf = 0; leaf < values.size(); leaf++) {
                int[] ords = collected.ordinalCounts.get(leaf)[f];
                for (int ord = 0; ord < ords.length; ord++) {
                    if (ords[ord] > 0) {
                        counts.merge(text(values.get(leaf)[f], ord), (long) ords[ord], Long::sum);
                    }
                }
            }
            facets.put(KEYWORD_FACETS.get(f), sorted(counts));
        }
        return facets;
    }

    private static String text(SortedDocValues values, int ord) {
        try {
            return values.lookupOrd(ord).utf8ToString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Most documents first, then by value: the order of every facet of both backends. */
    static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
