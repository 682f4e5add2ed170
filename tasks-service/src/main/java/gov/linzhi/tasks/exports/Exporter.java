package gov.linzhi.tasks.exports;

import gov.linzhi.platform.export.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes tables as CSV (UTF-8 with a BOM, so Excel reads the Chinese) or as an XLSX workbook. */
public final class Exporter {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The export formats. */
    public enum Format { CSV, XLSX }

    private Exporter() {
    }

    /** The first table as CSV (CSV has one sheet). */
    public static byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(w, CSVFormat.EXCEL.builder().setHeader(table.headers().toArray(String[]::new)).get());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(SpreadsheetCells::value).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Each table as a sheet with a bold header row. */
    public static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Table table : tables) {
                Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    header.createCell(c).setCellValue(table.headers().get(c));
                    header.getCell(c).setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
