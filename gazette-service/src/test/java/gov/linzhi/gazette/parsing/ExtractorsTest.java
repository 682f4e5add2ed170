package gov.linzhi.gazette.parsing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clause, citation, quantity and number extraction on small crafted texts. */
class ExtractorsTest {

    @Test
    void leadNamedInTheClauseOverridesTheFirstListed() {
        Parsed.Clause c = ClauseParser.find("做好工作。（责任单位：市财政局、人社局、税务局；由人社局牵头）").orElseThrow().clause();
        assertEquals("市人社局", c.lead());
        assertEquals(List.of(false, true, false), c.departments().stream().map(Parsed.Department::lead).toList());
    }

    @Test
    void clauseWithoutCityPrefixKeepsNamesAsWritten() {
        Parsed.Clause c = ClauseParser.parse("自治区人社厅、财政厅，各地（市）人民政府");
        assertEquals(List.of("自治区人社厅", "财政厅", "各地（市）人民政府"),
                c.departments().stream().map(Parsed.Department::name).toList());
        assertTrue(c.departments().get(2).collective());
        assertEquals("自治区人社厅", c.lead());
    }

    @Test
    void clauseInsideNestedParenthesesEndsAtItsOwnClosingParenthesis() {
        ClauseParser.Located l = ClauseParser.find("甲。(责任单位：市教育局、组织部（编办）、人社局，各县(区)人民政府等)乙").orElseThrow();
        assertEquals(List.of("市教育局", "市组织部（编办）", "市人社局", "各县（区）人民政府"),
                l.clause().departments().stream().map(Parsed.Department::name).toList());
        assertEquals("乙", "甲。(责任单位：市教育局、组织部（编办）、人社局，各县(区)人民政府等)乙".substring(l.end()));
        assertTrue(ClauseParser.find("没有责任单位的段落。").isEmpty());
    }

    @Test
    void documentNumbersInRunningTextLoseTheWordsLeadingIntoThem() {
        List<DocumentNumbers.Found> found = DocumentNumbers.findAll(
                "补贴标准按照藏人社发〔2018〕157号文件执行，并根据国办发[2019]第24号和林政办发（2020）5号精神。");
        assertEquals(List.of("藏人社发〔2018〕157号", "国办发〔2019〕24号", "林政办发〔2020〕5号"),
                found.stream().map(DocumentNumbers.Found::canonical).toList());
        assertEquals("国办发[2019]第24号", found.get(1).asWritten());
    }

    @Test
    void nestedTitlesAreOneCitationAndAbbreviationsCiteTheFullTitle() {
        var aliases = new HashMap<String, String>();
        List<Parsed.Citation> c = CitationExtractor.extract(
                "现将《2020年〈政府工作报告〉任务分解方案》（以下简称《方案》）印发给你们。", aliases);
        assertEquals(1, c.size());
        assertEquals("2020年《政府工作报告》任务分解方案", c.get(0).normalized());
        List<Parsed.Citation> later = CitationExtractor.extract("本《方案》由督查室解释。", aliases);
        assertEquals("2020年《政府工作报告》任务分解方案", later.get(0).normalized());
        assertEquals("方案", later.get(0).text());
    }

    @Test
    void quantitiesWithDecimalsPercentAndSpacesButNotYears() {
        List<Parsed.Quantity> q = QuantityExtractor.extract("2019年全市接待游客 1020 万人次，增长21.6％，补贴1000元/人。");
        assertEquals(List.of("万人次", "%", "元/人"), q.stream().map(Parsed.Quantity::unit).toList());
        assertEquals(0, new BigDecimal("21.6").compareTo(q.get(1).value()));
        assertEquals("增长21.6％", q.get(1).context());
        assertFalse(q.stream().anyMatch(x -> x.unit().equals("年")));
    }
}
