package gov.linzhi.gazette.parsing;

import gov.linzhi.gazette.parsing.MarkdownBlocks.Block;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each stage of the parser on its own, with the smallest input that shows what it does. */
class ParserStagesTest {

    static List<Block> blocks(String text) {
        return MarkdownBlocks.of(MarkdownBlocks.lines(text));
    }

    @Nested
    class Blocks {
        @Test
        void headingsAndParagraphsKeepTheirLinesAndWrappedLinesJoinWithoutASpaceAfterChinese() {
            List<Block> b = blocks("\uFEFF# 公报\r\n\r\n第一行\r\n续行\nsecond line\n\n### 标题\n");
            assertEquals(List.of(new Block(1, 1, 1, "公报"), new Block(3, 5, 0, "第一行续行second line"),
                    new Block(7, 7, 3, "标题")), b);
        }

        @Test
        void latinPiecesJoinWithOneSpace() {
            assertEquals("G219 road", MarkdownBlocks.joinLines("G219", "road"));
            assertEquals("国道G219", MarkdownBlocks.joinLines("国道", "G219"));
        }

        @Test
        void onlyBlankLinesAreRefused() {
            assertThrows(GazetteParseException.class, () -> blocks("\n \n"));
        }
    }

    @Nested
    class Header {
        @Test
        void readsYearNumberFrequencyAndTheEditorialBoxUpToTheContents() {
            Consumed<IssueHeader> h = IssueHeader.read(blocks("""
                    # 林芝市人民政府 公报

                    2020

                    第 1 期（总第 1 期）

                    （月刊）

                    主管：林芝市人民政府

                    主办：林芝市人民政府办公室

                    编辑部

                    ## 目 录
                    """), 20);
            IssueHeader header = h.value();
            assertEquals("林芝市人民政府公报", header.title());
            assertEquals(2020, header.year());
            assertEquals(1, header.number());
            assertEquals(1, header.cumulativeNumber());
            assertEquals("月刊", header.frequency());
            assertEquals("林芝市人民政府", header.editorialValue("主管"));
            assertEquals("林芝市人民政府办公室 编辑部", header.editorialValue("主办"));
            assertEquals(7, h.next(), "the contents heading is the next stage's first block");
        }

        @Test
        void aMissingIssueNumberIsRefusedAtTheTitle() {
            GazetteParseException e = assertThrows(GazetteParseException.class,
                    () -> IssueHeader.read(blocks("# 公报\n\n2020\n\n## 目录\n"), 5));
            assertTrue(e.getMessage().contains("issue number"), e.getMessage());
        }
    }

    @Nested
    class Contents {
        @Test
        void entriesWrapUntilTheirPageAndTakeTheirSection() {
            List<Block> b = blocks("## 目录\n\n### 市政府文件\n\n林芝市人民政府关于印发\n\n《方案》的通知……3\n\n《报告》……………12\n\n# 报告\n");
            Consumed<TableOfContents> toc = TableOfContents.read(b, 0, 12);
            assertEquals(List.of(new TableOfContents.Entry("市政府文件", "林芝市人民政府关于印发《方案》的通知", 3),
                    new TableOfContents.Entry("市政府文件", "《报告》", 12)), toc.value().entries());
            assertEquals(5, toc.next());
        }

        @Test
        void anEntryWithoutAPageIsRefusedNamingItsLine() {
            GazetteParseException e = assertThrows(GazetteParseException.class,
                    () -> TableOfContents.read(blocks("## 目录\n\n通知\n\n## 部门文件\n\n# 通知\n"), 0, 7));
            assertEquals(3, e.line());
        }
    }

    @Nested
    class Documents {
        @Test
        void theHeadGivesSubtitleNumberRecipientsSignatureAndDate() {
            List<Block> body = blocks("""
                    # 林芝市人民政府关于印发《林芝市某方案》的通知

                    林政发〔2020〕9号

                    各县（区）人民政府：

                    现印发给你们。

                    林芝市人民政府

                    2020年1月16日
                    """);
            TableOfContents toc = new TableOfContents(List.of(new TableOfContents.Entry(null,
                    "林芝市人民政府关于印发《林芝市某方案》的通知", 1)));
            BodyDocument d = BodyDocument.split(body, toc, MarkdownBlocks.lines("x\n".repeat(11))).get(0);
            assertEquals("林政发〔2020〕9号", d.documentNumber());
            assertEquals("各县（区）人民政府", d.recipients());
            assertEquals("林芝市人民政府", d.signature());
            assertEquals(LocalDate.of(2020, 1, 16), d.signedOn());
            assertEquals("林芝市某方案", d.publishesKey());
            assertEquals(0, d.tocIndex());
            assertEquals(1, d.provisions().size(), "the signature and date are not provisions");
        }
    }

    @Nested
    class Provisions {
        @Test
        void numbersNestByLevelAndUnnumberedParagraphsTakeTheirPosition() {
            List<Parsed.Provision> p = ProvisionTree.build(blocks("""
                    开头一段。

                    ## 一、总体要求

                    （一）目标。第一句。

                    1.细则。

                    说明文字。

                    ## 二、保障
                    """));
            assertEquals(List.of("0.1", "1", "1.1", "1.1.1", "1.1.1.1", "2"), p.stream().map(Parsed.Provision::path).toList());
            assertEquals("总体要求", p.get(1).heading());
            assertEquals("目标", p.get(2).heading());
            assertEquals("1.1", p.get(3).parentPath());
        }

        @Test
        void aParagraphSplitByAPageBreakIsOneProvision() {
            List<Parsed.Provision> p = ProvisionTree.build(blocks("（一）加强培训，\n\n提高技能。\n\n（责任单位：市人社局）\n"));
            assertEquals(1, p.size());
            assertEquals("加强培训，提高技能。（责任单位：市人社局）", p.get(0).text());
            assertEquals("市人社局", p.get(0).responsibility().lead());
        }

        @Test
        void aNumberUsedTwiceIsRefused() {
            assertThrows(GazetteParseException.class, () -> ProvisionTree.build(blocks("一、甲。\n\n一、乙。\n")));
        }

        @Test
        void numberedLinesAtEachLevel() {
            assertEquals(new NumberedLine(1, 12, "十二、", "任务"), NumberedLine.of("十二、任务").orElseThrow());
            assertEquals(new NumberedLine(2, 3, "（三）", "x"), NumberedLine.of("(三)x").orElseThrow());
            assertEquals(new NumberedLine(3, 2, "2.", "x"), NumberedLine.of("2．x").orElseThrow());
            assertEquals(new NumberedLine(4, 1, "（1）", "x"), NumberedLine.of("（1）x").orElseThrow());
            assertTrue(NumberedLine.of("2.15万人次").isEmpty(), "a decimal is no number");
        }
    }

    @Nested
    class Assembly {
        @Test
        void anEntryWithoutTextIsADocumentAndAPublishedDocumentFollowsItsNotice() {
            Parsed.Issue issue = new GazetteParser().parse("""
                    # 公报

                    2020

                    第 1 期

                    ## 目录

                    ### 市政府文件

                    林芝市人民政府关于印发《林芝市某方案》的通知……1

                    林芝市人民政府关于另一事项的通知……9

                    # 林芝市人民政府关于印发《林芝市某方案》的通知

                    现印发。

                    # 林芝市某方案

                    一、目标。
                    """);
            assertEquals(List.of("林芝市人民政府关于印发《林芝市某方案》的通知", "林芝市某方案", "林芝市人民政府关于另一事项的通知"),
                    issue.documents().stream().map(Parsed.Document::title).toList());
            assertEquals(List.of(1), issue.documents().get(0).publishesIndex());
            assertEquals("市政府文件", issue.documents().get(1).category(), "from its notice");
            assertEquals("林芝市人民政府", issue.documents().get(1).issuingAuthority(), "from its notice's title");
            assertEquals(false, issue.documents().get(2).hasText());
            assertNull(issue.documents().get(2).markdown());
            assertEquals(List.of(0, 2), issue.tableOfContents().stream().map(Parsed.TocEntry::documentIndex).toList());
            assertEquals("方案", Genres.of("林芝市某方案（2019—2021年）"));
        }
    }
}
