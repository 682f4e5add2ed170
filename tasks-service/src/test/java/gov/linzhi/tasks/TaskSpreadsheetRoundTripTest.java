package gov.linzhi.tasks;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static gov.linzhi.tasks.Fixtures.auditor;
import static gov.linzhi.tasks.Fixtures.importCsv;
import static gov.linzhi.tasks.Fixtures.newPlan;
import static gov.linzhi.tasks.Fixtures.supervisor;
import static gov.linzhi.tasks.Fixtures.taskId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office's task list travels export → edit in Excel → import: the workbook's Chinese headers are the
 * import's columns, an unedited file changes nothing, edited cells (also those Excel turned into numbers and
 * dates) change just their tasks, a new row adds a task, a bad row rejects the file naming its row. The CSV
 * export round-trips the same way, its formula-neutralising apostrophe taken off again.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class TaskSpreadsheetRoundTripTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private long plan;

    @BeforeEach
    void planWithTasksAndAReport() {
        plan = newPlan("sheet");
        importCsv(plan, """
                code,area,text,lead,leadBasis,coDepartments,leaderPost,dueOn,sourceDocumentNumber,sourceReference,indicatorName,indicatorUnit,indicatorBaseline,indicatorTarget,indicatorDirection
                6.1,6,开发就业岗位5000个,市人社局,,各县（区）人民政府,,2020-12-31,林政发〔2020〕9号,二、（六）,开发就业岗位,个,,5000,
                7.1,7,全年完成绿化造林4万亩以上,市林草局,OFFICE_ASSIGNED,,,2020-11-30,,,绿化造林,万亩,3.42,4,HIGHER_IS_BETTER
                2.6,2,-居民消费价格涨幅控制在3.4%以内,市发改委,OFFICE_ASSIGNED,市市场监管局；市财政局,常务副市长,,,,居民消费价格涨幅,%,2.8,3.4,LOWER_IS_BETTER
                10.10,10,=新建公共厕所10座,市住建局,,,,,,,,,,,
                """);
        MutableClock.setToday(LocalDate.of(2020, 7, 1));
        assertEquals(201, Fixtures.fileReport("市人社局", "王五", taskId(plan, "6.1"), "H1", 45));
    }

    private byte[] export(String format) {
        return given().auth().oauth2(auditor()).queryParam("format", format).get("/api/v1/plans/" + plan + "/export")
                .then().statusCode(200).extract().asByteArray();
    }

    private io.restassured.response.Response importing(String type, byte[] body) {
        return given().auth().oauth2(supervisor()).contentType(type).body(body).post("/api/v1/plans/" + plan + "/tasks/import");
    }

    private JsonPath tasks() {
        return given().auth().oauth2(auditor()).get("/api/v1/plans/" + plan + "/tasks").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anExportedWorkbookImportsBackUnchanged() {
        String before = tasks().prettify();
        importing(XLSX, export("xlsx")).then().statusCode(200).body("created", is(0)).body("updated", is(0)).body("unchanged", is(4));
        assertEquals(before, tasks().prettify());
    }

    @Test
    void editedCellsChangeTheirTasksAndANewRowAddsOne() throws IOException {
        byte[] edited = edit(export("xlsx"), sheet -> {
            List<String> header = header(sheet);
            Row jobs = rowWithCode(sheet, "6.1");
            jobs.getCell(header.indexOf("任务内容")).setCellValue("开发就业岗位6000个");
            jobs.getCell(header.indexOf("量化指标")).setCellValue("开发就业岗位≥6000个（基数1200）");
            // what Excel does to a date typed into a cell
            Row green = rowWithCode(sheet, "7.1");
            Cell due = green.getCell(header.indexOf("完成时限"));
            CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
            dateStyle.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            due.setCellValue(LocalDate.of(2020, 10, 31));
            due.setCellStyle(dateStyle);
            Row added = sheet.createRow(sheet.getLastRowNum() + 1);
            String[] cells = {"3.3", "推动特色产业提质增效", "藏猪养殖规模达到70万头以上", "", "", "市农业农村局", "督查室指定", "", "", "2020-12-31", ""};
            for (int c = 0; c < cells.length; c++) {
                added.createCell(header.indexOf(List.of("任务编号", "所属方面", "任务内容", "来源文件", "来源条款", "牵头单位", "牵头依据",
                        "协办单位", "责任市领导", "完成时限", "量化指标").get(c))).setCellValue(cells[c]);
            }
            // a code typed as a number
            added.getCell(header.indexOf("任务编号")).setCellValue(3.3);
        });
        importing(XLSX, edited).then().statusCode(200).body("created", is(1)).body("updated", is(2)).body("unchanged", is(2));
        JsonPath after = tasks();
        assertEquals("开发就业岗位6000个", after.getString("items.find { it.code == '6.1' }.text"));
        assertEquals(6000.0, after.getDouble("items.find { it.code == '6.1' }.indicators[0].target"));
        assertEquals(1200.0, after.getDouble("items.find { it.code == '6.1' }.indicators[0].baseline"));
        assertEquals(7, after.getList("items.find { it.code == '6.1' }.coDepartments").size(), "the county co-owners kept");
        assertEquals("2020-10-31", after.getString("items.find { it.code == '7.1' }.dueOn"));
        assertEquals("OFFICE_ASSIGNED", after.getString("items.find { it.code == '3.3' }.leadBasis"));
        assertEquals("市农业农村局", after.getString("items.find { it.code == '3.3' }.lead.name"));
        // the report columns are read, never imported: the report is still the one filed
        given().auth().oauth2(auditor()).get("/api/v1/tasks/" + taskId(plan, "6.1") + "/reports").then()
                .body("items.size()", is(1)).body("items[0].percentComplete", is(45));
    }

    @Test
    void aBadRowRejectsTheWholeWorkbookNamingItsRow() throws IOException {
        String before = tasks().prettify();
        byte[] badLead = edit(export("xlsx"), sheet -> {
            List<String> header = header(sheet);
            rowWithCode(sheet, "7.1").getCell(header.indexOf("牵头单位")).setCellValue("市不存在局");
        });
        importing(XLSX, badLead).then().statusCode(422).contentType("application/problem+json")
                .body("code", is("IMPORT_REJECTED"))
                .body("violations.field", hasItem(org.hamcrest.Matchers.matchesPattern("row \\d+: lead")));
        byte[] badIndicator = edit(export("xlsx"), sheet ->
                rowWithCode(sheet, "6.1").getCell(header(sheet).indexOf("量化指标")).setCellValue("六千个岗位"));
        importing(XLSX, badIndicator).then().statusCode(422).body("code", is("IMPORT_REJECTED"))
                .body("violations.field", hasItem(org.hamcrest.Matchers.matchesPattern("row \\d+: 量化指标")))
                .body("violations.message", hasItem(containsString("not an indicator: 六千个岗位")));
        byte[] unknownColumn = edit(export("xlsx"), sheet -> sheet.getRow(0).createCell(30).setCellValue("备注"));
        importing(XLSX, unknownColumn).then().statusCode(422).body("violations[0].field", is("row 1"))
                .body("violations[0].message", containsString("unknown column 备注"));
        importing(XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .contentType("application/problem+json").body("code", is("MALFORMED_SPREADSHEET"));
        given().auth().oauth2(TestTokens.department("市人社局")).contentType(XLSX).body(export("xlsx"))
                .post("/api/v1/plans/" + plan + "/tasks/import").then().statusCode(403);
        assertEquals(before, tasks().prettify());
    }

    @Test
    void anExportedCsvImportsBackUnchangedWithItsFormulaGuardTakenOff() {
        String csv = new String(export("csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("'-居民消费价格涨幅") && csv.contains("'=新建公共厕所"), "the export neutralises formulas: " + csv);
        String before = tasks().prettify();
        importing("text/csv; charset=UTF-8", export("csv")).then().statusCode(200).body("updated", is(0)).body("unchanged", is(4));
        assertEquals(before, tasks().prettify());
        assertEquals("-居民消费价格涨幅控制在3.4%以内", tasks().getString("items.find { it.code == '2.6' }.text"));
    }

    private interface Edit {
        void apply(Sheet sheet);
    }

    private static byte[] edit(byte[] xlsx, Edit edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(workbook.getSheetAt(0));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    private static Row rowWithCode(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }
}
