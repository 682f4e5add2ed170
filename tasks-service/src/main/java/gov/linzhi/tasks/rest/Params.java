package gov.linzhi.tasks.rest;

import gov.linzhi.platform.problem.ApiException;
import gov.linzhi.tasks.exports.Exporter;
import gov.linzhi.tasks.exports.Table;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Small helpers shared by the resources: query parameters and export responses. */
public final class Params {

    private Params() {
    }

    /** An optional ISO date query parameter; a bad value is 400 naming the parameter. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "not an ISO date (YYYY-MM-DD): " + value);
        }
    }

    /** An optional whole-number query parameter; a bad value is 400 naming the parameter. */
    public static Long number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "not a whole number: " + value);
        }
    }

    /** {@code csv} or {@code xlsx}; anything else is 400. */
    public static Exporter.Format format(String value) {
        String v = value == null || value.isBlank() ? "csv" : value.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "csv" -> Exporter.Format.CSV;
            case "xlsx" -> Exporter.Format.XLSX;
            default -> throw ApiException.invalid("format", "must be csv or xlsx");
        };
    }

    /** The tables as a download: CSV carries the first table, XLSX every table as a sheet. */
    public static Response download(List<Table> tables, Exporter.Format format, String baseName) {
        boolean csv = format == Exporter.Format.CSV;
        byte[] bytes = csv ? Exporter.csv(tables.get(0)) : Exporter.xlsx(tables);
        String file = baseName + (csv ? ".csv" : ".xlsx");
        String encoded = java.net.URLEncoder.encode(file, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(bytes, csv ? Exporter.CSV : Exporter.XLSX)
                .header("Content-Disposition", "attachment; filename=\"export" + (csv ? ".csv" : ".xlsx")
                        + "\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
