package gov.linzhi.gazette.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded index on its own, without Quarkus or a database. */
class LuceneSearchIndexTest {

    @TempDir
    Path folder;
    LuceneSearchIndex index;

    static final SearchIndex.IndexedDocument BUDGET = new SearchIndex.IndexedDocument(1, "林芝市财政局关于预算的通知",
            "林财发〔2020〕3号", "市政府文件", "林芝市财政局", "通知", LocalDate.of(2020, 3, 1), 2020,
            List.of(new SearchIndex.IndexedProvision("1", "总则", "由市财政局统筹安排资金，发展藏香猪养殖。")));
    static final SearchIndex.IndexedDocument SCHOOLS = new SearchIndex.IndexedDocument(2, "关于双语幼儿园建设的意见",
            null, "市政府办公室文件", "林芝市人民政府办公室", "意见", LocalDate.of(2019, 5, 2), 2019,
            List.of(new SearchIndex.IndexedProvision("1.1", "建设", "新开30所农牧区双语幼儿园。"),
                    new SearchIndex.IndexedProvision("1.2", "资金", "按照林财发[2020]3号执行。")));

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(folder);
        index.replaceAll(List.of(BUDGET, SCHOOLS), 7);
    }

    @AfterEach
    void close() {
        index.close();
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
        index.close();
        index = new LuceneSearchIndex(folder);
        assertEquals(7, index.watermark());
        assertEquals(2, index.documentCount());
    }
}
