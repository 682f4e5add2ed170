package gov.linzhi.subsidy.disclosure;

import gov.linzhi.platform.problem.ApiException;
import gov.linzhi.subsidy.api.Examples;
import gov.linzhi.subsidy.api.Negotiation;
import gov.linzhi.subsidy.api.OpenApiDefinitions;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import gov.linzhi.platform.export.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** 7.17 定期向社会公开资金使用情况: the public disclosure of fund use, as JSON or CSV. */
@Path("/api/v1/disclosure")
@Tag(name = "Disclosure", description = "Public disclosure of fund use (7.17), no personal data")
public class DisclosureResource {

    public static final String TEXT_CSV = "text/csv";

    @Inject
    DisclosureService disclosure;

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(summary = "Disclose fund use for a year or a quarter",
            description = "Subsidised person-times and amounts by programme, level, county (of the claim's project) and institution, advances "
                    + "paid and settled, clawbacks recovered. Totals, byProgramme and byLevel equal GET /statistics for the same year. "
                    + "A county+institution pair below 5 person-times shows \"<5\" and no amount. CSV with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "The disclosure",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisclosureView.class),
                            examples = @ExampleObject(name = "quarter", value = Examples.DISCLOSURE_RESPONSE)),
                    @Content(mediaType = TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = Examples.DISCLOSURE_CSV))})
    @APIResponse(responseCode = "400", description = "Year missing or outside 2000–2100, quarter not 1–4, unknown format", ref = OpenApiDefinitions.INVALID)
    public Response getDisclosure(
            @Parameter(required = true, example = "2020") @QueryParam("year") @Pattern(regexp = "20[0-9]{2}|2100", message = "a year from 2000 to 2100") String year,
            @Parameter(example = "2") @QueryParam("quarter") @Pattern(regexp = "[1-4]", message = "1 to 4") String quarter,
            @Parameter(description = "json or csv; default by the Accept header", example = "csv") @QueryParam("format")
            @Pattern(regexp = "json|csv", message = "json or csv") String format,
            @Context HttpHeaders headers) {
        if (year == null) {
            throw ApiException.invalid("year", "required: a year from 2000 to 2100");
        }
        DisclosureView view = disclosure.disclose(Integer.parseInt(year), quarter == null ? null : Integer.valueOf(quarter));
        boolean csv = "csv".equals(format) || format == null && Negotiation.prefers(headers, MediaType.valueOf(TEXT_CSV));
        if (!csv) {
            return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
        }
        String name = "disclosure-" + year + (quarter == null ? "" : "-q" + quarter) + ".csv";
        return Response.ok(csv(view), TEXT_CSV + ";charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    static String csv(DisclosureView v) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("section", "key", "county", "institutionCreditCode", "institutionName", "personTimes", "amount").get())) {
            p.printRecord("total", "TRAINING", "", "", "", v.approvedPersonTimes(), v.approvedAmount().toPlainString());
            for (DisclosureView.Row r : v.byProgramme()) {
                p.printRecord("programme", r.key(), "", "", "", r.personTimes(), r.amount().toPlainString());
            }
            for (DisclosureView.Row r : v.byLevel()) {
                p.printRecord("level", r.key(), "", "", "", r.personTimes(), r.amount().toPlainString());
            }
            for (DisclosureView.Row r : v.byCounty()) {
                p.printRecord("county", "", SpreadsheetCells.text(r.key()), "", "", r.personTimes(), r.amount().toPlainString());
            }
            for (DisclosureView.Row r : v.byInstitution()) {
                p.printRecord("institution", "", "", nul(r.key()), SpreadsheetCells.text(r.name()), r.personTimes(), r.amount().toPlainString());
            }
            for (DisclosureView.PairRow r : v.byCountyAndInstitution()) {
                p.printRecord("county_institution", "", SpreadsheetCells.text(r.county()), nul(r.institutionCreditCode()), SpreadsheetCells.text(r.institutionName()), r.personTimes(),
                        r.amount() == null ? "" : r.amount().toPlainString());
            }
            p.printRecord("advances_paid", "", "", "", "", v.advances().paidCount(), v.advances().paid().toPlainString());
            p.printRecord("advances_settled", "", "", "", "", v.advances().settledCount(), v.advances().settled().toPlainString());
            p.printRecord("clawbacks_recovered", "", "", "", "", v.clawbacks().count(), v.clawbacks().recovered().toPlainString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String nul(String s) {
        return s == null ? "" : s;
    }
}
