package gov.linzhi.tasks;

import gov.linzhi.platform.testing.HostileText;
import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static gov.linzhi.tasks.Fixtures.auditor;
import static gov.linzhi.tasks.Fixtures.newPlan;
import static gov.linzhi.tasks.Fixtures.supervisor;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * SQL, script, template and spreadsheet-formula strings in every free-text field of the task import and
 * of a progress report: stored and read back byte-identical, written into the XLSX export as plain text
 * cells, and neutralised in the CSV export (a formula start gets a leading apostrophe).
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class StoredInjectionTest {

    private static final List<String> INJECTIONS = HostileText.INJECTIONS;

    @Test
    void hostileTextIsStoredVerbatimAndNeutralisedInTheExports() throws Exception {
        long plan = newPlan("inject");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < INJECTIONS.size(); i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("code", "3." + (i + 1));
            row.put("area", "3");
            row.put("text", INJECTIONS.get(i));
            row.put("lead", "市旅发局");
            row.put("leaderPost", INJECTIONS.get((i + 1) % INJECTIONS.size()));
            row.put("sourceReference", INJECTIONS.get((i + 2) % INJECTIONS.size()));
            row.put("sourceText", INJECTIONS.get((i + 3) % INJECTIONS.size()));
            rows.add(row);
        }
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(rows)
                .post("/api/v1/plans/" + plan + "/tasks/import").then().statusCode(200);

        JsonPath tasks = given().auth().oauth2(auditor()).get("/api/v1/plans/" + plan + "/tasks")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Long> taskIds = new LinkedHashMap<>();
        for (int i = 0; i < INJECTIONS.size(); i++) {
            String code = "3." + (i + 1);
            String task = "items.find { it.code == '" + code + "' }";
            assertEquals(INJECTIONS.get(i), tasks.getString(task + ".text"), code);
            assertEquals(INJECTIONS.get((i + 1) % INJECTIONS.size()), tasks.getString(task + ".leaderPost"), code);
            assertEquals(INJECTIONS.get((i + 2) % INJECTIONS.size()), tasks.getString(task + ".source.reference"), code);
            assertEquals(INJECTIONS.get((i + 3) % INJECTIONS.size()), tasks.getString(task + ".source.text"), code);
            taskIds.put(code, tasks.getLong(task + ".id"));
        }

        // a report on every task, its three free-text fields hostile too
        MutableClock.setToday(LocalDate.of(2020, 7, 1));
        for (int i = 0; i < INJECTIONS.size(); i++) {
            long task = taskIds.get("3." + (i + 1));
            Map<String, Object> report = Map.of("period", "H1", "year", 2020, "percentComplete", 40,
                    "narrative", INJECTIONS.get(i), "problems", INJECTIONS.get((i + 4) % INJECTIONS.size()),
                    "nextSteps", INJECTIONS.get((i + 5) % INJECTIONS.size()));
            given().auth().oauth2(TestTokens.department("市旅发局")).contentType(ContentType.JSON).body(report)
                    .post("/api/v1/tasks/" + task + "/reports").then().statusCode(201);
            JsonPath filed = given().auth().oauth2(auditor()).get("/api/v1/tasks/" + task + "/reports")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(INJECTIONS.get(i), filed.getString("items[0].narrative"));
            assertEquals(INJECTIONS.get((i + 4) % INJECTIONS.size()), filed.getString("items[0].problems"));
            assertEquals(INJECTIONS.get((i + 5) % INJECTIONS.size()), filed.getString("items[0].nextSteps"));
        }

        List<String> textColumns = List.of("任务内容", "来源条款", "责任市领导", "进展情况", "存在问题", "下步打算");
        String csv = given().auth().oauth2(auditor()).queryParam("format", "csv").get("/api/v1/plans/" + plan + "/export")
                .then().statusCode(200).extract().asString();
        int neutralised = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.EXCEL.builder().setHeader().get())) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(INJECTIONS.size(), records.size());
            for (CSVRecord record : records) {
                for (String column : textColumns) {
                    String cell = record.get(column);
                    String original = cell.startsWith("'") && HostileText.startsAFormula(cell.substring(1)) ? cell.substring(1) : cell;
                    assertEquals(true, INJECTIONS.contains(original), column + ": " + cell);
                    if (HostileText.startsAFormula(original)) {
                        assertEquals("'" + original, cell, "a formula start in " + column + " is neutralised");
                        neutralised++;
                    }
                }
            }
        }
        assertNotEquals(0, neutralised, "no formula reached the CSV, so its neutralisation was not tested");

        byte[] xlsx = given().auth().oauth2(auditor()).queryParam("format", "xlsx").get("/api/v1/plans/" + plan + "/export")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                for (String column : textColumns) {
                    Cell cell = row.getCell(headers.indexOf(column));
                    assertEquals(CellType.STRING, cell.getCellType(), column + " is a text cell, never a formula");
                    assertEquals(true, INJECTIONS.contains(cell.getStringCellValue()), column + " verbatim: " + cell.getStringCellValue());
                }
            }
        }
    }
}
