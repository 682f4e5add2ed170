package gov.linzhi.gazette.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every search index does, on its own, without Quarkus or a database: the embedded Lucene index and the
 * OpenSearch one run the same tests.
 */
abstract class SearchIndexContract {

    SearchIndex index;

    /** A new, empty index of the backend under test. */
    abstract SearchIndex newIndex();

    /** The same index opened again, as after a restart of the service. */
    abstract SearchIndex reopen(SearchIndex index);

    static final SearchIndex.IndexedDocument BUDGET = new SearchIndex.IndexedDocument(1, "林芝市财政局关于预算的通知",
            "林财发〔2020〕3号", "市政府文件", "林芝市财政局", "通知", LocalDate.of(2020, 3, 1), 2020,
            List.of(new SearchIndex.IndexedProvision("1", "总则", "由市财政局统筹安排资金，发展藏香猪养殖。")));
    static final SearchIndex.IndexedDocument SCHOOLS = new SearchIndex.IndexedDocument(2, "关于双语幼儿园建设的意见",
            null, "市政府办公室文件", "林芝市人民政府办公室", "意见", LocalDate.of(2019, 5, 2), 2019,
            List.of(new SearchIndex.IndexedProvision("1.1", "建设", "新开30所农牧区双语幼儿园。"),
                    new SearchIndex.IndexedProvision("1.2", "资金", "按照林财发[2020]3号执行。")));

    @BeforeEach
    void open() {
        index = newIndex();
        assertEquals(-1, index.watermark(), "a new index reflects no outbox position");
        assertEquals(0, index.documentCount());
        index.replaceAll(List.of(BUDGET, SCHOOLS), 7);
    }

    @AfterEach
    void close() throws Exception {
        if (index instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    static SearchIndex.Query q(String text) {
        return new SearchIndex.Query(text, null, null, null, null, null, null, 0, 10);
    }

    @Test
    void findsSubWordsInsideUnsegmentedChinese() {
        SearchIndex.Result r = index.search(q("财政"));
        assertEquals(1, r.total(), "财政 is inside 财政局, which a word segmenter keeps whole");
        assertEquals(1L, r.hits().get(0).documentId());
        assertTrue(r.hits().get(0).provisions().get(0).snippet().contains("<em>财政</em>"), r.toString());
        assertEquals(1, index.search(q("藏香猪")).total());
        assertEquals(1, index.search(q("猪")).total(), "a single character matches too");
        assertEquals(0, index.search(q("猪肉")).total());
    }

    @Test
    void documentNumbersMatchInAnySpellingAndRankTheNumberedDocumentFirst() {
        for (String spelling : List.of("林财发[2020]3号", "林财发（2020）第3号", "林财发【2020】3号")) {
            SearchIndex.Result r = index.search(q(spelling));
            assertEquals(2, r.total(), spelling + ": the document and the one citing it");
            assertEquals(1L, r.hits().get(0).documentId(), spelling);
        }
    }

    @Test
    void filtersAndFacets() {
        SearchIndex.Result all = index.search(q("发"));
        assertEquals(2, all.total());
        assertEquals(1L, all.facets().get("year").get("2019"));
        assertEquals(1L, all.facets().get("genre").get("通知"));
        assertEquals(1, index.search(new SearchIndex.Query("发", 2019, null, null, null, null, null, 0, 10)).total());
        assertEquals(1, index.search(new SearchIndex.Query("发", null, "林芝市财政局", null, null, null, null, 0, 10)).total());
        assertEquals(1, index.search(new SearchIndex.Query("发", null, null, null, null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), 0, 10)).total());
    }

    @Test
    void everyWordMustOccurAndUpdatesAreApplied() {
        assertEquals(0, index.search(q("双语幼儿园 藏香猪")).total());
        index.apply(List.of(), List.of(2L), 9);
        assertEquals(0, index.search(q("双语幼儿园")).total());
        assertEquals(9, index.watermark());
        assertEquals(1, index.documentCount());
    }

    @Test
    void watermarkSurvivesReopening() {
        index = reopen(index);
        assertEquals(7, index.watermark());
        assertEquals(2, index.documentCount());
    }

    static final SearchIndex.IndexedDocument BUDGET_RENAMED = new SearchIndex.IndexedDocument(1, "林芝市财政局关于决算的通知",
            BUDGET.documentNumber(), BUDGET.category(), BUDGET.issuingAuthority(), BUDGET.genre(), BUDGET.signedOn(),
            BUDGET.year(), BUDGET.provisions());

    @Test
    void applyingTheSameChangesAgainChangesNothingAndTheWatermarkNeverMovesBack() {
        index.apply(List.of(BUDGET_RENAMED), List.of(), 12);
        index.apply(List.of(BUDGET_RENAMED), List.of(), 12);
        index.apply(List.of(), List.of(), 9);
        assertEquals(12, index.watermark());
        assertEquals(1, index.search(q("决算")).total());
        assertEquals(0, index.search(q("预算")).total());
        assertEquals(2, index.documentCount());
    }

    @Test
    void pagesFacetsAndOrdersCountGazetteDocumentsNotTheirProvisions() {
        SearchIndex.Result byDate = index.search(new SearchIndex.Query("发", null, null, null, null, null, null, 0, 1,
                SearchOrder.DATE_DESC));
        assertEquals(2, byDate.total());
        assertEquals(List.of(1L), byDate.hits().stream().map(SearchIndex.DocumentHit::documentId).toList());
        SearchIndex.Result second = index.search(new SearchIndex.Query("发", null, null, null, null, null, null, 1, 1,
                SearchOrder.DATE_DESC));
        assertEquals(List.of(2L), second.hits().stream().map(SearchIndex.DocumentHit::documentId).toList());
        assertEquals(List.of("1.2"), second.hits().get(0).provisions().stream().map(SearchIndex.ProvisionHit::path).toList(),
                "only the provision that matches");
        assertEquals(List.of(2L), index.search(new SearchIndex.Query("发", null, null, null, null, null, null, 0, 1,
                SearchOrder.DATE_ASC)).hits().stream().map(SearchIndex.DocumentHit::documentId).toList());
        SearchIndex.Result past = index.search(new SearchIndex.Query("发", null, null, null, null, null, null, 5, 10));
        assertEquals(2, past.total(), "a page past the end still counts the matches");
        assertEquals(List.of(), past.hits());
        assertEquals(2L, past.facets().get("year").values().stream().mapToLong(Long::longValue).sum());
        SearchIndex.Result title = index.search(q("预算"));
        assertTrue(title.hits().get(0).titleSnippet().contains("<em>预算</em>"), title.toString());
        assertEquals(null, index.search(q("藏香猪")).hits().get(0).titleSnippet(), "no title snippet when only a provision matches");
    }
}
