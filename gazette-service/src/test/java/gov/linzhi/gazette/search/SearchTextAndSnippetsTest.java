package gov.linzhi.gazette.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How text is folded for search, and how a snippet is cut from the printed text. */
class SearchTextAndSnippetsTest {

    @Test
    void widthCaseSpacesInvisibleCharactersAndNumberBracketsFoldAway() {
        assertEquals("12月15日", SearchText.fold("１２ 月 15\u3000日"));
        assertEquals("5a级g219", SearchText.fold("5Ａ级 G\u200b219"));
        assertEquals("林政发〔2020〕9号", SearchText.fold("林政发[2020]第9号"));
        assertEquals("林政发〔2020〕9号", SearchText.fold("林政发（２０２０）9号"));
        assertEquals("(一)加强", SearchText.fold("（一）加强"), "width folds; brackets not around a number's year stay round");
        assertEquals("(一)", SearchText.fold("㈠"), "a character that folds to several keeps its offsets");
    }

    @Test
    void everyFoldedCharacterKnowsWhereItWasPrinted() {
        String printed = "于 2020 年 12 月 15 日前";
        SearchText text = SearchText.of(printed);
        int at = text.folded().indexOf("12月15日");
        assertEquals("12 月 15 日", printed.substring(text.printedStart(at), text.printedEnd(at + "12月15日".length() - 1)));
    }

    @Test
    void aSnippetMarksEveryMatchOnThePrintedTextAndCutsAtBoundariesWithAnEllipsis() {
        String printed = "各牵头部门分别将上半年、前三季度和全年工作进展情况于 2020 年 7 月 5 日、9 月 30 日和 12 月 15 日前报市人民政府督查室。"
                + "督查室汇总后报市人民政府。";
        String snippet = Snippets.of(printed, List.of(SearchText.fold("12月15日"), SearchText.fold("督查室")), 40);
        assertTrue(snippet.contains("<em>12 月 15 日</em>"), snippet);
        assertTrue(snippet.contains("<em>督查室</em>"), snippet);
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertFalse(snippet.replace("<em>", "").replace("</em>", "").startsWith("…0"), "not cut inside 2020: " + snippet);
        String whole = Snippets.of("财政局统筹安排资金。", List.of("财政"), 90);
        assertEquals("<em>财政</em>局统筹安排资金。", whole);
    }

    @Test
    void aSnippetNeverSplitsARunOfDigitsOrLetters() {
        String printed = "全面完成地质灾害1:50000详查，建成地质灾害预警预报系统，完成G219墨脱至察隅改建";
        String snippet = Snippets.of(printed, List.of("预警"), 12);
        String plain = snippet.replace("<em>", "").replace("</em>", "").replace("…", "");
        assertTrue(printed.contains(plain), snippet);
        assertFalse(plain.endsWith("G2") || plain.endsWith("G21"), snippet);
    }
}
