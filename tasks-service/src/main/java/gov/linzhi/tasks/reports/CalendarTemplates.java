package gov.linzhi.tasks.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reporting calendars shipped as data ({@code data/reporting-calendars.json}): for each document a plan can
 * decompose, its periods and due days and the day it was issued; a plan of any other document gets the default's.
 */
@ApplicationScoped
public class CalendarTemplates {

    /** A document's calendar and issue date. */
    public record Template(String documentNumber, LocalDate issuedOn, String source, List<ReportingCalendar.Entry> entries,
                           boolean countiesReport) {
    }

    private final Map<String, Template> byDocument = new LinkedHashMap<>();
    private final String defaultDocument;

    public CalendarTemplates(ObjectMapper json) {
        try (InputStream in = CalendarTemplates.class.getResourceAsStream("/data/reporting-calendars.json")) {
            JsonNode root = json.readTree(in);
            defaultDocument = root.path("default").asText();
            root.path("documents").fields().forEachRemaining(d -> byDocument.put(d.getKey(), template(d.getKey(), d.getValue())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data/reporting-calendars.json", e);
        }
        if (!byDocument.containsKey(defaultDocument)) {
            throw new IllegalStateException("the default calendar " + defaultDocument + " is not in data/reporting-calendars.json");
        }
    }

    private static Template template(String number, JsonNode d) {
        List<ReportingCalendar.Entry> entries = new ArrayList<>();
        for (JsonNode p : d.path("periods")) {
            entries.add(new ReportingCalendar.Entry(Period.valueOf(p.path("period").asText()), p.path("label").asText(),
                    ReportingCalendar.monthDay(p.path("due").asText()), p.path("yearOffset").asInt(),
                    ReportingCalendar.Basis.valueOf(p.path("basis").asText())));
        }
        new ReportingCalendar(entries, null);
        return new Template(number, d.hasNonNull("issuedOn") ? LocalDate.parse(d.path("issuedOn").asText()) : null,
                d.path("source").asText(null), List.copyOf(entries), d.path("countiesReport").asBoolean(false));
    }

    /** The calendar of the document a plan decomposes, else the default. */
    public Template forDocument(String documentNumber) {
        return documentNumber != null && byDocument.containsKey(documentNumber) ? byDocument.get(documentNumber)
                : byDocument.get(defaultDocument);
    }

    /** The template of this very document, if one is shipped (its issue date is then known). */
    public java.util.Optional<Template> ofDocument(String documentNumber) {
        return java.util.Optional.ofNullable(documentNumber == null ? null : byDocument.get(documentNumber));
    }
}
