package gov.linzhi.gazette.pages;

import gov.linzhi.gazette.rest.Api;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import gov.linzhi.gazette.rest.ApiProvisionBuilder;

/** The plain parts behind the pages, without a container. */
class PagePartsTest {

    @Test
    void snippetsAreEscapedAndOnlyTheHitMarkersBecomeMark() {
        assertEquals("实施新型<mark>学徒</mark>培养计划",
                SnippetMarkup.toHtml("实施新型<em>学徒</em>培养计划").getValue());
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; <mark>学徒</mark> &#39; OR 1=1 -- &amp; &quot;",
                SnippetMarkup.toHtml("<script>alert(1)</script> <em>学徒</em> ' OR 1=1 -- & \"").getValue());
        // a stray closing marker in the document's own text is text; an unclosed one is closed
        assertEquals("a&lt;/em&gt;b<mark>c</mark>", SnippetMarkup.toHtml("a</em>b<em>c").getValue());
        assertEquals("", SnippetMarkup.toHtml(null).getValue());
    }

    @Test
    void citationTextFollowsThePrintedNumberingDownFromTheTop() {
        Map<String, String> numbers = new java.util.HashMap<>(Map.of("3", "三、", "3.1", "（一）", "3.1.3", "3.", "3.2", "（二）",
                "3.2.2", "2."));
        numbers.put("0.1", null);
        numbers.put("3.2.2.1", null);
        Api.Provision p313 = provision("3.1.3", "3.", "实施新型学徒培养计划", "林政办发〔2020〕5号");
        assertEquals("《方案》（林政办发〔2020〕5号）三（一）3“实施新型学徒培养计划”", CitationText.of(p313, numbers));
        assertEquals("三（二）2第1段", CitationText.printedNumbering("3.2.2.1", numbers));
        assertEquals("第1段", CitationText.printedNumbering("0.1", numbers));
        Api.Provision unnumbered = provision("0.1", null, "为全面贯彻落实…", null);
        assertEquals("《方案》第1段", CitationText.of(unnumbered, numbers));
    }

    @Test
    void depthCountsTheNumberedProvisionsAPathRunsThrough() {
        Map<String, String> numbers = new java.util.HashMap<>(Map.of("1", "一、", "1.1", "1.", "3", "三、", "3.1", "（一）",
                "3.1.3", "3."));
        numbers.put("0.1", null);
        numbers.put("3.1.3.1", null);
        assertEquals(3, DocumentPageModel.numberedDepth("3.1.3", numbers));
        assertEquals(3, DocumentPageModel.numberedDepth("3.1.3.1", numbers), "a paragraph sits at its provision's depth");
        assertEquals(2, DocumentPageModel.numberedDepth("1.1", numbers), "一、 then 1. is one step, whatever the numbering type");
        assertEquals(0, DocumentPageModel.numberedDepth("0.1", numbers));
    }

    @Test
    void citationsBecomeLinkedRunsWhereTheyArePrinted() {
        Api.Citation external = new Api.Citation("DOCUMENT_NUMBER", "藏人社发[2018]157号", "藏人社发〔2018〕157号", "3.1.1", false, null);
        Api.Citation internal = new Api.Citation("TITLE", "《方案》", "林芝市职业技能提升行动实施方案（2019—2021年）", "3.1.1", true,
                new Api.DocumentRef(5, "林芝市职业技能提升行动实施方案（2019—2021年）", null));
        List<LinkedText.Segment> runs = LinkedText.of("按照藏人社发[2018]157号和《方案》执行。", List.of(external, internal));
        assertEquals(List.of("按照", "藏人社发[2018]157号", "和", "《方案》", "执行。"), runs.stream().map(LinkedText.Segment::text).toList());
        assertTrue(runs.get(1).external());
        assertEquals("/search?q=%E8%97%8F%E4%BA%BA%E7%A4%BE%E5%8F%91%E3%80%942018%E3%80%95157%E5%8F%B7", runs.get(1).href());
        assertFalse(runs.get(3).external());
        assertEquals("/documents/5", runs.get(3).href());
        assertFalse(runs.get(0).linked());
        // a citation not found in the text leaves the text whole
        assertEquals(List.of("没有引用。"), LinkedText.of("没有引用。", List.of(external)).stream().map(LinkedText.Segment::text).toList());
    }

    @Test
    void theOutlineNestsNumberedProvisionsAndLeavesUnnumberedParagraphsToTheText() {
        List<Outline.Node> roots = Outline.of(List.of(
                new Api.ProvisionOutline("0.1", null, "为全面贯彻落实", 0),
                new Api.ProvisionOutline("3", "三、", "主要任务", 1),
                new Api.ProvisionOutline("3.1", "（一）", "职工培训", 2),
                new Api.ProvisionOutline("3.1.3", "3.", "学徒", 3),
                new Api.ProvisionOutline("3.1.3.1", null, "段落", 4),
                new Api.ProvisionOutline("4", "四、", "保障", 1)));
        assertEquals(List.of("3", "4"), roots.stream().map(n -> n.provision().path()).toList());
        Outline.Node p313 = roots.get(0).children().get(0).children().get(0);
        assertEquals("3.1.3", p313.provision().path());
        assertTrue(p313.children().isEmpty());
        assertEquals("#3.1.3", p313.href());
    }

    @Test
    void fragmentsAndPathSegmentsArePercentEncodedOnlyWhereNeeded() {
        assertEquals("3.1.3", gov.linzhi.gazette.vocabulary.ProvisionAddress.fragment("3.1.3"));
        assertEquals("a%20b%23c%E4%B8%80", gov.linzhi.gazette.vocabulary.ProvisionAddress.fragment("a b#c一"));
        assertEquals("/documents/by-number/%E6%9E%97%E6%94%BF%E5%8A%9E%E5%8F%91%E3%80%942020%E3%80%955%E5%8F%B7/provisions/3.1.3",
                PageLinks.provisionByNumber("林政办发〔2020〕5号", "3.1.3"));
    }

    @Test
    void theFormKeepsWhatWasTypedAndRejectsWhatCannotBeRead() {
        SearchForm form = new SearchForm(true, "学徒 ", "二〇二〇", null, null, "通知", "2020-13-45", "2020-12-31", "x", "2");
        assertTrue(form.submitted());
        assertEquals("学徒 ", form.q());
        assertNull(form.year());
        assertNull(form.date("signedFrom"));
        assertEquals(java.time.LocalDate.of(2020, 12, 31), form.date("signedTo"));
        assertEquals(10, form.size(10));
        assertEquals(1, form.pageIndex());
        assertEquals("年份应为四位数字，如 2020。", form.error("year"));
        assertTrue(form.hasError("signedFrom"));
        assertTrue(form.hasError("size"));
        assertFalse(form.hasError("signedTo"));
        // a changed filter goes back to page 1; the typed values are kept, encoded
        assertEquals("/search?q=%E5%AD%A6%E5%BE%92&year=%E4%BA%8C%E3%80%87%E4%BA%8C%E3%80%87&signedFrom=2020-13-45"
                + "&signedTo=2020-12-31&size=x", form.with("genre", null));
        assertFalse(new SearchForm(false, null, null, null, null, null, null, null, null, null).submitted());
        assertTrue(new SearchForm(true, null, null, null, null, null, null, null, null, null).submitted());
        assertTrue(SearchForm.namesQuery("year=2020&q="));
        assertTrue(SearchForm.namesQuery("q"));
        assertFalse(SearchForm.namesQuery("qq=1&year=2020"));
        assertFalse(SearchForm.namesQuery(null));
    }

    @Test
    void thePagerShowsAWindowOfNumbersWithPreviousAndNext() {
        SearchForm form = new SearchForm(true, "学徒", null, null, null, null, null, null, "1", null);
        SearchPageModel.Pager first = SearchPageModel.pager(form, 0, 1, 12);
        assertEquals(12, first.pages());
        assertNull(first.previous());
        assertEquals("/search?q=%E5%AD%A6%E5%BE%92&size=1&page=2", first.next());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), first.numbers().stream().map(SearchPageModel.PageLink::number).toList());
        SearchPageModel.Pager last = SearchPageModel.pager(form, 11, 1, 12);
        assertNull(last.next());
        assertEquals(List.of(8, 9, 10, 11, 12), last.numbers().stream().map(SearchPageModel.PageLink::number).toList());
        assertTrue(last.numbers().get(4).current());
        assertEquals(1, SearchPageModel.pager(form, 0, 10, 0).pages());
    }

    private static Api.Provision provision(String path, String number, String heading, String documentNumber) {
        return ApiProvisionBuilder.builder()
                .documentId(5)
                .documentNumber(documentNumber)
                .documentTitle("方案")
                .path(path)
                .number(number)
                .heading(heading)
                .text(heading + "。正文")
                .children(List.of())
                .quantities(List.of())
                .citations(List.of())
                .build();
    }
}
