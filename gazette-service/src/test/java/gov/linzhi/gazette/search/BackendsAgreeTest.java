package gov.linzhi.gazette.search;

import gov.linzhi.gazette.parsing.GazetteParser;
import gov.linzhi.gazette.parsing.Parsed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed issue in both backends, asked the same searches: the same total, the same facet counts, the same documents
 * with the same provisions and snippets, and in the date orders the same sequence page by page. Only the scores' values
 * may differ, so in the relevance order each page of the one must hold the documents of the same page of the other
 * when every match fits on it.
 */
class BackendsAgreeTest {

    @TempDir
    static Path folder;
    static LuceneSearchIndex lucene;
    static OpenSearchSearchIndex opensearch;

    @BeforeAll
    static void indexSeedInBoth() throws IOException {
        Parsed.Issue issue;
        try (InputStream in = BackendsAgreeTest.class.getResourceAsStream("/seed/linzhi-gazette-2020-01.md")) {
            issue = new GazetteParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<SearchIndex.IndexedDocument> documents = new ArrayList<>();
        long id = 1;
        for (Parsed.Document d : issue.documents()) {
            documents.add(new SearchIndex.IndexedDocument(id++, d.title(), d.documentNumber(), d.category(), d.issuingAuthority(),
                    d.genre(), d.signedOn(), d.signedOn() == null ? 2020 : d.signedOn().getYear(), d.provisions().stream()
                    .map(p -> new SearchIndex.IndexedProvision(p.path(), p.heading(), p.text())).toList()));
        }
        lucene = new LuceneSearchIndex(folder);
        lucene.replaceAll(documents, 3);
        opensearch = OpenSearchSearchIndexTest.on("agree-" + System.nanoTime());
        opensearch.replaceAll(documents, 3);
    }

    @AfterAll
    static void close() {
        lucene.close();
        opensearch.close();
    }

    static final List<String> QUERIES = List.of("补贴", "人民政府", "学徒", "技能提升补贴", "12月15日", "12 月 15 日", "157号", "G219",
            "５Ａ级", "林政发[2020]9号", "林政办发（2020）第5号", "藏人社发〔2018〕157号", "培训 补贴", "市人社局 市财政局", "的",
            "2021年", "财政", "双语幼儿园", "藏香猪", "没有这个词组", "林芝市职业技能提升行动实施方案");

    @Test
    void everySearchFindsTheSameDocumentsProvisionsSnippetsAndFacets() {
        int compared = 0;
        for (String text : QUERIES) {
            for (SearchOrder order : SearchOrder.values()) {
                for (SearchIndex.Query query : List.of(
                        new SearchIndex.Query(text, null, null, null, null, null, null, 0, 100, order),
                        new SearchIndex.Query(text, 2020, null, null, null, null, null, 0, 100, order),
                        new SearchIndex.Query(text, null, "林芝市人民政府办公室", null, null, null, null, 0, 100, order),
                        new SearchIndex.Query(text, null, null, "市政府文件", "通知", null, null, 0, 100, order),
                        new SearchIndex.Query(text, null, null, null, null, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 12, 31), 0, 100, order))) {
                    SearchIndex.Result expected = lucene.search(query);
                    SearchIndex.Result actual = opensearch.search(query);
                    String what = text + " " + query;
                    assertEquals(expected.total(), actual.total(), what);
                    assertEquals(expected.facets(), actual.facets(), what);
                    assertEquals(byDocument(expected), byDocument(actual), what);
                    if (order != SearchOrder.RELEVANCE) {
                        assertEquals(ids(expected), ids(actual), what + ": the same order");
                    }
                    compared++;
                }
            }
        }
        assertTrue(compared >= 300, compared + " searches compared");
    }

    @Test
    void pagesOfTheDateOrdersHoldTheSameDocuments() {
        for (SearchOrder order : List.of(SearchOrder.DATE_ASC, SearchOrder.DATE_DESC)) {
            for (int page = 0; page < 6; page++) {
                SearchIndex.Query query = new SearchIndex.Query("人民政府", null, null, null, null, null, null, page, 1, order);
                assertEquals(ids(lucene.search(query)), ids(opensearch.search(query)), order + " page " + page);
            }
        }
    }

    private static List<Long> ids(SearchIndex.Result r) {
        return r.hits().stream().map(SearchIndex.DocumentHit::documentId).toList();
    }

    /** Each document's title snippet and its provisions with their snippets, in provision order. */
    private static Map<Long, String> byDocument(SearchIndex.Result r) {
        Map<Long, String> out = new TreeMap<>();
        for (SearchIndex.DocumentHit h : r.hits()) {
            TreeSet<String> provisions = new TreeSet<>();
            h.provisions().forEach(p -> provisions.add(p.path() + " | " + p.heading() + " | " + p.snippet()));
            out.put(h.documentId(), h.titleSnippet() + " || " + String.join(" || ", provisions));
        }
        return out;
    }
}
