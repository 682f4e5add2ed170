package gov.linzhi.subsidy.disclosure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * 7.17 定期向社会公开资金使用情况: subsidised person-times and amounts for a year or a quarter of training
 * completion. No personal data. The totals, {@code byProgramme} and {@code byLevel} are those of
 * {@code GET /statistics} for the same period; a county+institution pair with fewer than 5 person-times shows "<5"
 * and no amount.
 */
@Schema(name = "Disclosure")
@RecordBuilder
@RecordBuilder.Options(inheritComponentAnnotations = false)
public record DisclosureView(
        @Schema(examples = "2020") int year,
        @Schema(description = "1–4, or null for the whole year", examples = "2") Integer quarter,
        @Schema(examples = "2020-04-01") LocalDate from,
        @Schema(examples = "2020-06-30") LocalDate to,
        @Schema(description = "Approved training claims (as /statistics)", examples = "1") long approvedPersonTimes,
        @Schema(description = "Their amount (as /statistics)", examples = "1500.00") BigDecimal approvedAmount,
        List<Row> byProgramme,
        List<Row> byLevel,
        @Schema(description = "All approved claims by the county or district of their project (null: no project named)") List<Row> byCounty,
        @Schema(description = "All approved claims by institution (null: no institution named)") List<Row> byInstitution,
        List<PairRow> byCountyAndInstitution,
        Advances advances,
        Clawbacks clawbacks) {

    /** One group: {@code key} is the programme, level, county or institution credit code. */
    @Schema(name = "DisclosureRow")
    public record Row(String key, @Schema(description = "Institution name for byInstitution", nullable = true) String name, long personTimes, BigDecimal amount) {
    }

    /** A county and institution pair; below 5 person-times the count is "<5" and the amount is null. */
    @Schema(name = "DisclosurePair")
    public record PairRow(String county, String institutionCreditCode, String institutionName,
            @Schema(examples = "<5") String personTimes, @Schema(nullable = true) BigDecimal amount) {
    }

    /** 6.12 advances (30%): paid with every approved claim that states one; settled when the claim stands (not clawed back). */
    @Schema(name = "DisclosureAdvances")
    public record Advances(long paidCount, BigDecimal paid, long settledCount, BigDecimal settled) {
    }

    /** 7.17 clawbacks of claims for trainings completed in the period. */
    @Schema(name = "DisclosureClawbacks")
    public record Clawbacks(long count, BigDecimal recovered) {
    }
}
