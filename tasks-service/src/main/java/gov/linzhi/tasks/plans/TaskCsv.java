package gov.linzhi.tasks.plans;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.problem.Problem;
import gov.linzhi.platform.export.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the office's task list as CSV, one task per line (header line first, UTF-8, a BOM allowed).
 * Columns: code, area, text, lead, leadBasis, coDepartments (separated by 、 or ;), leaderPost, dueOn,
 * sourceDocumentNumber, sourceReference, and optionally one indicator per line (indicatorName,
 * indicatorUnit, indicatorBaseline, indicatorTarget, indicatorDirection). Rows are labelled by their
 * line number in the file, so every error names its line. A file with the export's Chinese headers
 * ({@link TaskColumns}) is read by those instead, so an exported CSV can be edited and imported again.
 */
public final class TaskCsv {

    public static final List<String> REQUIRED = List.of("code", "area", "text", "lead");
    private static final Set<String> KNOWN = Set.of("code", "area", "text", "lead", "leadBasis", "coDepartments",
            "leaderPost", "dueOn", "sourceDocumentNumber", "sourceReference", "sourceText", "indicatorName", "indicatorUnit",
            "indicatorBaseline", "indicatorTarget", "indicatorDirection");

    private TaskCsv() {
    }

    public static LinkedHashMap<String, TaskRow> parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<Problem.Violation> problems = new ArrayList<>();
        LinkedHashMap<String, TaskRow> rows = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            if (TaskColumns.isExportHeader(header)) {
                return exportColumns(text, parser, header);
            }
            for (String required : REQUIRED) {
                if (!header.contains(required)) {
                    problems.add(new Problem.Violation("line 1", "missing column " + required));
                }
            }
            header.stream().filter(h -> !KNOWN.contains(h))
                    .forEach(h -> problems.add(new Problem.Violation("line 1", "unknown column " + h)));
            if (!problems.isEmpty()) {
                throw rejected(problems);
            }
            for (CSVRecord r : parser) {
                String label = "line " + lineOf(text, r.getCharacterPosition());
                if (!r.isConsistent()) {
                    problems.add(new Problem.Violation(label, "expected " + header.size() + " columns, found " + r.size()));
                    continue;
                }
                List<TaskRow.IndicatorRow> indicators = new ArrayList<>();
                String indicatorName = get(r, "indicatorName");
                if (indicatorName != null) {
                    BigDecimal baseline = number(r, "indicatorBaseline", label, problems);
                    BigDecimal target = number(r, "indicatorTarget", label, problems);
                    indicators.add(new TaskRow.IndicatorRow(indicatorName, get(r, "indicatorUnit"), baseline, target,
                            get(r, "indicatorDirection")));
                }
                String co = get(r, "coDepartments");
                rows.put(label, TaskRowBuilder.builder()
                        .code(get(r, "code"))
                        .area(get(r, "area"))
                        .text(get(r, "text"))
                        .lead(get(r, "lead"))
                        .leadBasis(get(r, "leadBasis"))
                        .coDepartments(co == null ? List.of() : Arrays.stream(co.split("[、;；]")).map(String::strip).toList())
                        .leaderPost(get(r, "leaderPost"))
                        .dueOn(get(r, "dueOn"))
                        .sourceDocumentNumber(get(r, "sourceDocumentNumber"))
                        .sourceReference(get(r, "sourceReference"))
                        .sourceText(get(r, "sourceText"))
                        .indicators(indicators)
                        .build());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw DomainException.badRequest("MALFORMED_CSV", "the CSV could not be read: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        return rows;
    }

    /** A CSV with the export's Chinese headers, as GET /plans/{id}/export?format=csv writes it. */
    private static LinkedHashMap<String, TaskRow> exportColumns(String text, CSVParser parser, List<String> header) {
        List<Problem.Violation> problems = new ArrayList<>(TaskColumns.checkHeader(header, "line 1"));
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        LinkedHashMap<String, TaskRow> rows = new LinkedHashMap<>();
        for (CSVRecord r : parser) {
            String label = "line " + lineOf(text, r.getCharacterPosition());
            if (!r.isConsistent()) {
                problems.add(new Problem.Violation(label, "expected " + header.size() + " columns, found " + r.size()));
                continue;
            }
            // the export put an apostrophe before a cell that would start a formula; the task's text is without it
            Map<String, String> cells = new java.util.HashMap<>();
            r.toMap().forEach((column, value) -> cells.put(column, SpreadsheetCells.read(value)));
            rows.put(label, TaskColumns.row(cells, label, problems));
        }
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        return rows;
    }

    static DomainException rejected(List<Problem.Violation> problems) {
        return new DomainException(DomainException.Kind.UNPROCESSABLE, TaskRowChecker.IMPORT_REJECTED, "Import rejected", problems.size()
                + " problem(s); nothing was imported. First: " + problems.get(0).field() + " " + problems.get(0).message(),
                problems.stream().map(v -> new DomainException.FieldError(v.field(), v.message())).toList());
    }

    /** 1-based line on which the record starts. */
    private static long lineOf(String text, long position) {
        long line = 1;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String get(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static BigDecimal number(CSVRecord r, String column, String label, List<Problem.Violation> problems) {
        String v = get(r, column);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            problems.add(new Problem.Violation(label + ": " + column, "not a number: " + v));
            return null;
        }
    }
}
