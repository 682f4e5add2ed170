package gov.linzhi.gazette.search;

import gov.linzhi.gazette.parsing.GazetteParser;
import gov.linzhi.gazette.parsing.Parsed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed issue indexed as the service indexes it: every distinct 1- to 4-character string of a sample of its
 * provisions is found in exactly the provisions whose text contains it (counted by scanning every provision), and
 * strings made by joining the end of one provision to the start of the next are found only where they occur. Each
 * backend runs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EverySubstringContract {

    SearchIndex index;
    List<SearchIndex.IndexedDocument> documents;
    /** Every provision's folded text, keyed "documentId provisionPath". */
    final java.util.Map<String, String> FOLDED = new java.util.LinkedHashMap<>();

    /** A new, empty index of the backend under test. */
    abstract SearchIndex newIndex();

    @BeforeAll
    void indexSeed() throws IOException {
        Parsed.Issue issue;
        try (InputStream in = EverySubstringContract.class.getResourceAsStream("/seed/linzhi-gazette-2020-01.md")) {
            issue = new GazetteParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        documents = new ArrayList<>();
        long id = 1;
        for (Parsed.Document d : issue.documents()) {
            documents.add(new SearchIndex.IndexedDocument(id++, d.title(), d.documentNumber(), d.category(), d.issuingAuthority(),
                    d.genre(), d.signedOn(), 2020, d.provisions().stream()
                    .map(p -> new SearchIndex.IndexedProvision(p.path(), p.heading(), p.text())).toList()));
        }
        documents.forEach(d -> d.provisions().forEach(p -> FOLDED.put(d.id() + " " + p.path(), SearchText.fold(p.text()))));
        index = newIndex();
        index.replaceAll(documents, 1);
    }

    @AfterAll
    void close() throws Exception {
        if (index instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** Where a folded string occurs, by reading every provision: "documentId provisionPath". */
    Set<String> occurrences(String folded) {
        Set<String> found = new TreeSet<>();
        FOLDED.forEach((provision, text) -> {
            if (text.contains(folded)) {
                found.add(provision);
            }
        });
        return found;
    }

    Set<String> searched(String query) {
        Set<String> found = new TreeSet<>();
        SearchIndex.Result r = index.search(new SearchIndex.Query(query, null, null, null, null, null, null, 0, 100));
        for (SearchIndex.DocumentHit h : r.hits()) {
            for (SearchIndex.ProvisionHit p : h.provisions()) {
                found.add(h.documentId() + " " + p.path());
                assertTrue(p.snippet().contains("<em>"), query + ": the snippet of " + p.path() + " marks it: " + p.snippet());
            }
        }
        return found;
    }

    static boolean mixedScripts(String s) {
        boolean han = s.codePoints().anyMatch(Character::isIdeographic);
        boolean latinOrDigit = s.codePoints().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        return han && latinOrDigit;
    }

    @Test
    void everyShortStringOfASampleOfProvisionsIsFoundInExactlyTheProvisionsThatContainIt() {
        List<SearchIndex.IndexedProvision> all = new ArrayList<>();
        documents.forEach(d -> all.addAll(d.provisions()));
        List<SearchIndex.IndexedProvision> sample = new ArrayList<>(all);
        Collections.shuffle(sample, new Random(20200116));
        // every provision with digits or Latin letters next to Chinese, and a random third of the others
        List<SearchIndex.IndexedProvision> chosen = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            String folded = SearchText.fold(sample.get(i).text());
            if (i % 3 == 0 || folded.codePoints().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
                chosen.add(sample.get(i));
            }
        }
        Set<String> strings = new LinkedHashSet<>();
        for (SearchIndex.IndexedProvision p : chosen) {
            int[] cps = SearchText.fold(p.text()).codePoints().toArray();
            for (int length = 1; length <= 4; length++) {
                for (int i = 0; i + length <= cps.length; i++) {
                    strings.add(new String(cps, i, length));
                }
            }
        }
        long mixed = strings.stream().filter(EverySubstringContract::mixedScripts).count();
        System.out.printf("every-substring search: %d strings from %d provisions, %d mixing scripts%n", strings.size(), chosen.size(), mixed);
        assertTrue(strings.size() >= 2000, "strings: " + strings.size());
        assertTrue(mixed >= 200, "strings mixing Chinese with digits or Latin letters: " + mixed);
        // four searches at a time: a networked backend answers each in milliseconds, and both cores serve them
        java.util.concurrent.ForkJoinPool searchers = new java.util.concurrent.ForkJoinPool(4);
        List<String> wrong;
        try {
            wrong = searchers.submit(() -> strings.parallelStream().map(s -> {
                Set<String> expected = occurrences(s);
                Set<String> actual = searched(s);
                return expected.isEmpty() || !expected.equals(actual) ? s + " expected " + expected + " searched " + actual : null;
            }).filter(java.util.Objects::nonNull).sorted().toList()).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            searchers.shutdown();
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " of " + strings.size() + " strings");
    }

    @Test
    void stringsJoiningTheEndOfOneProvisionToTheStartOfTheNextAreFoundOnlyWhereTheyOccur() {
        int absent = 0;
        int checked = 0;
        for (SearchIndex.IndexedDocument d : documents) {
            for (int i = 0; i + 1 < d.provisions().size(); i++) {
                int[] end = SearchText.fold(d.provisions().get(i).text()).codePoints().toArray();
                int[] start = SearchText.fold(d.provisions().get(i + 1).text()).codePoints().toArray();
                if (end.length < 3 || start.length < 3) {
                    continue;
                }
                for (int fromEnd = 1; fromEnd <= 3; fromEnd++) {
                    String joined = new String(end, end.length - fromEnd, fromEnd) + new String(start, 0, 4 - fromEnd);
                    Set<String> expected = occurrences(joined);
                    assertEquals(expected, searched(joined), joined);
                    checked++;
                    if (expected.isEmpty()) {
                        absent++;
                    }
                }
            }
        }
        System.out.printf("joined ends: %d strings, %d occurring nowhere%n", checked, absent);
        assertTrue(checked >= 200 && absent >= checked * 8 / 10, checked + " joined strings, " + absent + " occur nowhere");
    }

    @Test
    void theStringsTheSupervisionOfficeSearchesAreFoundWhereTheyArePrinted() {
        for (String s : List.of("12月15日", "9月30日", "6000吨", "5A级", "4A级", "至2021年", "2019年", "157号", "G219", "1:50000", "补贴")) {
            Set<String> expected = occurrences(SearchText.fold(s));
            if (!expected.isEmpty()) {
                assertEquals(expected, searched(s), s);
            }
        }
        assertTrue(occurrences(SearchText.fold("12月15日")).size() >= 1, "12 月 15 日 is printed with spaces between the parts");
        Set<String> subsidy = searched("补贴");
        long vocational = subsidy.stream().filter(p -> p.endsWith(" 3.1.1") || p.endsWith(" 3.1.2") || p.endsWith(" 3.1.3")
                || p.endsWith(" 5.8")).count();
        assertEquals(4, vocational, subsidy.toString());
        assertTrue(searched("157号").stream().anyMatch(p -> p.endsWith(" 3.2.1")), "藏人社发〔2018〕157号 is cited in 3.2.1 too");
    }
}
