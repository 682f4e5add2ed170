package gov.linzhi.tasks.exports;

import java.util.List;

/** A sheet of an export: Chinese column headers and rows of plain values. */
public record Table(String sheetName, List<String> headers, List<List<Object>> rows) {
}
