package gov.linzhi.gazette.parsing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parser on the seed issue (林芝市人民政府公报 2020年第1期), without Quarkus. */
class GazetteParserTest {

    static Parsed.Issue issue;

    @BeforeAll
    static void parseSeed() throws IOException {
        issue = new GazetteParser().parse(seed());
    }

    static String seed() throws IOException {
        try (InputStream in = GazetteParserTest.class.getResourceAsStream("/seed/linzhi-gazette-2020-01.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Parsed.Document document(String title) {
        return issue.documents().stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    static Parsed.Provision provision(Parsed.Document d, String path) {
        return d.provisions().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }

    static final String PLAN = "林芝市职业技能提升行动实施方案（2019—2021年）";

    @Test
    void issueHeaderAndEditorialBox() {
        assertEquals("林芝市人民政府公报", issue.title());
        assertEquals(2020, issue.year());
        assertEquals(1, issue.number());
        assertEquals(1, issue.cumulativeNumber());
        assertEquals("双月刊", issue.frequency());
        assertEquals("林芝市人民政府办公室", issue.sponsor());
        assertEquals("林芝市人民政府", issue.supervisor());
        assertTrue(issue.editorial().contains(new Parsed.EditorialEntry("委员", "安来天 旺 堆 刘晓平 涂小伟")),
                "a wrapped editorial line continues the entry above it");
    }

    @Test
    void tableOfContentsHasFourEntriesWithSectionsAndPagesEvenWhenLinesWrap() {
        List<Parsed.TocEntry> toc = issue.tableOfContents();
        assertEquals(4, toc.size());
        assertEquals(List.of("市政府文件", "市政府文件", "市政府文件", "市政府办公室文件"),
                toc.stream().map(Parsed.TocEntry::section).toList());
        assertEquals(List.of(1, 15, 17, 27), toc.stream().map(Parsed.TocEntry::page).toList());
        assertEquals("林芝市人民政府关于印发2020年《政府工作报告》任务分解方案的通知", toc.get(1).title());
        assertEquals("林芝市人民政府办公室关于印发《林芝市职业技能提升行动实施方案（2019—2021年）》的通知", toc.get(3).title());
    }

    @Test
    void documentsWithNumbersDatesGenresAndRecipients() {
        assertEquals(5, issue.documents().size());
        Parsed.Document notice = document("林芝市人民政府办公室关于印发《林芝市职业技能提升行动实施方案（2019—2021年）》的通知");
        assertEquals("林政办发〔2020〕5号", notice.documentNumber());
        assertEquals(LocalDate.of(2020, 1, 16), notice.signedOn());
        assertEquals("林芝市人民政府办公室", notice.issuingAuthority());
        assertEquals("通知", notice.genre());
        assertEquals("各县（区）人民政府，市各委、办、局", notice.recipients());
        assertEquals("市政府办公室文件", notice.category());

        Parsed.Document nine = document("林芝市人民政府关于印发2020年《政府工作报告》任务分解方案的通知");
        assertEquals("林政发〔2020〕9号", nine.documentNumber());
        assertEquals(LocalDate.of(2020, 3, 17), nine.signedOn());

        Parsed.Document report = document("政府工作报告");
        assertEquals("报告", report.genre());
        assertEquals(LocalDate.of(2019, 12, 21), report.signedOn());
        assertEquals("市政府文件", report.category());
    }

    @Test
    void noticePublishesThePlanAndTheMissingTaskPlanIsListedWithoutText() {
        List<Parsed.Document> docs = issue.documents();
        Parsed.Document notice = document("林芝市人民政府办公室关于印发《林芝市职业技能提升行动实施方案（2019—2021年）》的通知");
        assertEquals(List.of(PLAN), notice.publishesIndex().stream().map(i -> docs.get(i).title()).toList());
        Parsed.Document plan = document(PLAN);
        assertEquals("方案", plan.genre());
        assertEquals("林芝市人民政府办公室", plan.issuingAuthority());

        Parsed.Document listed = document("林芝市2020年《政府工作报告》任务分解方案");
        assertFalse(listed.hasText());
        assertNull(listed.markdown());
        assertTrue(listed.provisions().isEmpty());
        assertEquals(17, listed.page());
        Parsed.Document nine = document("林芝市人民政府关于印发2020年《政府工作报告》任务分解方案的通知");
        assertEquals(List.of(listed.title()), nine.publishesIndex().stream().map(i -> docs.get(i).title()).toList());
    }

    @Test
    void provisionPathsUseTheLiteralNumbers() {
        Parsed.Document plan = document(PLAN);
        Parsed.Provision p = provision(plan, "3.1.3");
        assertEquals("3.", p.number());
        assertEquals("实施新型学徒培养计划", p.heading());
        assertTrue(p.text().startsWith("实施新型学徒培养计划"));
        assertEquals("3.1", p.parentPath());
        assertEquals("（四）", provision(plan, "4.4").number());
        assertEquals("加大资金支持力度", provision(plan, "6.13").heading());
        assertEquals("7.18", plan.provisions().get(plan.provisions().size() - 1).path());
    }

    @Test
    void theSentenceSplitByAPageBreakIsJoined() {
        Parsed.Provision p = provision(document(PLAN), "3.2.2");
        assertTrue(p.text().contains("开展旅游企业人才、旅游管理人才"), p.text());
        assertEquals("市旅发局", p.responsibility().lead());
    }

    @Test
    void theStrayEnglishWordIsKeptAsWritten() {
        assertTrue(provision(document(PLAN), "7.17").text().contains("依法追究 responsibility；"));
    }

    @Test
    void thePlanHasExactly21ClausesAtTheContractPaths() {
        List<String> paths = document(PLAN).provisions().stream().filter(p -> p.responsibility() != null)
                .map(Parsed.Provision::path).toList();
        assertEquals(List.of("3.1.1", "3.1.2", "3.1.3", "3.1.4", "3.2.1", "3.2.2", "3.2.2.1", "3.2.3", "3.3",
                "4.4", "4.5", "4.6", "4.7", "5.8", "5.9", "5.10", "5.10.1", "5.11", "6.12", "6.13", "6.13.1"), paths);
        long hr = document(PLAN).provisions().stream().filter(p -> p.responsibility() != null)
                .filter(p -> p.responsibility().lead().equals("市人社局")).count();
        assertEquals(12, hr);
    }

    @Test
    void clauseCarriesTheCityPrefixAndKeepsCountiesCollective() {
        Parsed.Clause c = provision(document(PLAN), "3.1.4").responsibility();
        assertEquals("市应急管理局、市场监管局、住建局、人社局，各县（区）人民政府等", c.rawText());
        assertEquals("市应急管理局", c.lead());
        assertEquals(List.of(
                new Parsed.Department("市应急管理局", true, false),
                new Parsed.Department("市场监管局", false, false),
                new Parsed.Department("市住建局", false, false),
                new Parsed.Department("市人社局", false, false),
                new Parsed.Department("各县（区）人民政府", false, true)), c.departments());
        Parsed.Clause halfWidth = provision(document(PLAN), "6.13").responsibility();
        assertEquals("各县（区）人民政府", halfWidth.departments().get(2).name());
        assertTrue(provision(document(PLAN), "3.3").responsibility().departments().stream()
                .anyMatch(d -> d.name().equals("团市委")));
    }

    @Test
    void citationsByNumberAndTitle() {
        Parsed.Document plan = document(PLAN);
        List<Parsed.Citation> c311 = provision(plan, "3.1.1").citations();
        assertTrue(c311.contains(new Parsed.Citation(Parsed.CitationKind.DOCUMENT_NUMBER, "藏人社发〔2018〕157号", "藏人社发〔2018〕157号")));
        assertTrue(c311.contains(new Parsed.Citation(Parsed.CitationKind.TITLE,
                "西藏自治区职业培训补贴资金使用管理实施细则（试行）", "西藏自治区职业培训补贴资金使用管理实施细则（试行）")));
        assertEquals(List.of("藏人社发〔2018〕157号"), provision(plan, "3.2.1").citations().stream()
                .map(Parsed.Citation::normalized).toList(), "the words before a number are not its issuer");
        assertTrue(provision(plan, "0.1").citations().stream().anyMatch(c -> c.normalized().equals("藏政办发〔2019〕44号")));
        Parsed.Document nine = document("林芝市人民政府关于印发2020年《政府工作报告》任务分解方案的通知");
        assertEquals("2020年《政府工作报告》任务分解方案", provision(nine, "2").citations().get(0).normalized(),
                "以下简称《方案》 makes 《方案》 cite the full title");
    }

    @Test
    void quantitiesWithUnits() {
        Parsed.Provision p = provision(document(PLAN), "3.1.1");
        Parsed.Quantity q = p.quantities().stream().filter(x -> x.unit().equals("元/人")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("1000").compareTo(q.value()));
        assertEquals("1000元/人", q.text());
        assertEquals("按照初级工（五级）1000元/人", q.context());
        Parsed.Quantity trainees = provision(document(PLAN), "2").quantities().get(0);
        assertEquals(0, new BigDecimal("2.15").compareTo(trainees.value()));
        assertEquals("万人次", trainees.unit());
        assertTrue(provision(document(PLAN), "6.12").quantities().stream()
                .anyMatch(x -> x.unit().equals("%") && x.value().intValue() == 30));
    }

    // ------------------------------------------------------------ crafted quirky inputs

    static final String HEADER = """
            # 某市人民政府公报

            2021

            第 3 期（总第 9 期）

            ## 目  录

            ### 市政府文件

            某市人民政府关于印发《某市学徒
            补贴办法》的通知……………1

            """;

    @Test
    void craftedIssueWithHalfWidthBracketsUnevenHeadingsAndExplicitLead() {
        String text = HEADER + """
                # 某市人民政府关于印发《某市学徒补贴办法》的通知

                某政发[2021]第12号

                各县（区）人民政府：

                现将《某市学徒补贴办法》印发给你们。

                某市人民政府

                2021 年 2 月 3 日

                #### 某市学徒补贴办法

                ##### 一、总则

                (一) 补贴对象。企业新型学徒，每人补贴 500 元/人。(责任单位：市财政局、人社局（牵头）、各县(区)人民政府)

                1．申请。按照某人社发（2020）7号执行。
                """;
        Parsed.Issue parsed = new GazetteParser().parse(text);
        assertEquals(2021, parsed.year());
        assertEquals(9, parsed.cumulativeNumber());
        assertEquals(1, parsed.tableOfContents().size());
        Parsed.Document notice = parsed.documents().get(0);
        assertEquals("某政发〔2021〕12号", notice.documentNumber());
        assertEquals(LocalDate.of(2021, 2, 3), notice.signedOn());
        assertEquals("某市人民政府", notice.issuingAuthority());
        Parsed.Document rules = parsed.documents().get(1);
        assertEquals("某市学徒补贴办法", rules.title());
        assertEquals(List.of(1), notice.publishesIndex());
        assertEquals("办法", rules.genre());
        Parsed.Provision p = rules.provisions().stream().filter(x -> x.path().equals("1.1")).findFirst().orElseThrow();
        assertEquals("市人社局", p.responsibility().lead(), "an explicit （牵头） overrides the first-listed rule");
        assertEquals("市财政局", p.responsibility().departments().get(0).name());
        assertTrue(p.responsibility().departments().get(2).collective());
        assertEquals("某人社发〔2020〕7号", rules.provisions().stream().filter(x -> x.path().equals("1.1.1"))
                .findFirst().orElseThrow().citations().get(0).normalized());
    }

    @Test
    void tocEntryWithoutPageNumberNamesItsLine() {
        String text = """
                # 某市人民政府公报

                2021

                第 3 期

                ## 目录

                某市人民政府关于某事的通知

                # 某市人民政府关于某事的通知
                """;
        GazetteParseException e = assertThrows(GazetteParseException.class, () -> new GazetteParser().parse(text));
        assertEquals(9, e.line());
    }

    @Test
    void textWithoutTitleOrIssueNumberIsRejectedWithItsLine() {
        GazetteParseException noTitle = assertThrows(GazetteParseException.class,
                () -> new GazetteParser().parse("\n\nhello world\n"));
        assertEquals(3, noTitle.line());
        GazetteParseException noNumber = assertThrows(GazetteParseException.class,
                () -> new GazetteParser().parse("# 公报\n\n2021\n\n## 目录\n\n通知……1\n\n# 通知\n\n正文。\n"));
        assertEquals(1, noNumber.line());
        assertTrue(noNumber.getMessage().contains("第"));
    }

    @Test
    void duplicateProvisionNumberIsRejectedWithItsLine() {
        String text = HEADER + """
                # 某市人民政府关于印发《某市学徒补贴办法》的通知

                一、总则。第一段。

                一、总则。又一段。
                """;
        GazetteParseException e = assertThrows(GazetteParseException.class, () -> new GazetteParser().parse(text));
        assertEquals(18, e.line());
    }

    @Test
    void documentNumbersInAnySpelling() {
        for (String s : List.of("林政发[2020]9号", "林政发【2020】9号", "林政发（2020）9号", "林政发(2020)第9号",
                "林政发〔2020〕第9号", "林政发 〔 2020 〕 9 号", "林政发［２０２０］９号")) {
            assertEquals("林政发〔2020〕9号", DocumentNumbers.canonical(s).orElseThrow(), s);
        }
        assertTrue(DocumentNumbers.canonical("林政发2020年9号").isEmpty());
    }

    @Test
    void chineseNumerals() {
        assertEquals(18, Text.chineseNumber("十八"));
        assertEquals(10, Text.chineseNumber("十"));
        assertEquals(21, Text.chineseNumber("二十一"));
        assertEquals(3, Text.chineseNumber("三"));
    }
}
