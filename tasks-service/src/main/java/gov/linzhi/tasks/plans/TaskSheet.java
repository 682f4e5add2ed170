package gov.linzhi.tasks.plans;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.problem.Problem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the office's task list from an Excel workbook: the first sheet, its first row the export's Chinese
 * headers ({@link TaskColumns}), one task per row below. Rows are labelled by their row number as Excel shows
 * it, so every error names its row. A cell Excel turned into a number or a date (a code like 6.1, a due date)
 * is read back as the text it was.
 */
public final class TaskSheet {

    public static final String MALFORMED_SPREADSHEET = "MALFORMED_SPREADSHEET";
    private static final int MAX_ROWS = 2000;

    private TaskSheet() {
    }

    public static LinkedHashMap<String, TaskRow> parse(byte[] xlsx) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw malformed("the workbook has no sheet");
            }
            return rows(workbook.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            // POI refuses what is not an XLSX (or is a zip bomb) with IOException or one of its runtime exceptions
            throw malformed("the body is not an Excel workbook (.xlsx) that could be read: " + e.getClass().getSimpleName());
        }
    }

    private static LinkedHashMap<String, TaskRow> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        Row headerRow = sheet.getRow(sheet.getFirstRowNum());
        if (headerRow == null) {
            throw malformed("the first sheet is empty");
        }
        List<String> header = new ArrayList<>();
        for (int c = 0; c < headerRow.getLastCellNum(); c++) {
            header.add(text(headerRow.getCell(c), formatter));
        }
        String headerLabel = "row " + (headerRow.getRowNum() + 1);
        List<Problem.Violation> problems = new ArrayList<>(TaskColumns.checkHeader(header, headerLabel));
        if (!problems.isEmpty()) {
            throw TaskCsv.rejected(problems);
        }
        if (sheet.getLastRowNum() - headerRow.getRowNum() > MAX_ROWS) {
            throw DomainException.invalid("tasks", "at most " + MAX_ROWS + " task rows in one import");
        }
        LinkedHashMap<String, TaskRow> rows = new LinkedHashMap<>();
        for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            boolean empty = true;
            for (int c = 0; c < header.size(); c++) {
                String value = text(row.getCell(c), formatter);
                empty &= value.isBlank();
                cells.put(header.get(c), value);
            }
            if (!empty) {
                String label = "row " + (r + 1);
                rows.put(label, TaskColumns.row(cells, label, problems));
            }
        }
        if (!problems.isEmpty()) {
            throw TaskCsv.rejected(problems);
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            // a formula is never evaluated here: the value Excel saved with it is what the office saw
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue().strip();
                case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static DomainException malformed(String detail) {
        return DomainException.badRequest(MALFORMED_SPREADSHEET, detail);
    }
}
