package gov.linzhi.subsidy.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.linzhi.subsidy.api.DecisionView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A fact a rule-set version reads, as an integrator needs it to build a form (after OpenFisca's
 * {@code /variables}): its name in the request, type, allowed values with their labels, default, which
 * programmes need it and the provision it comes from.
 */
@Schema(name = "Fact")
@JsonInclude(JsonInclude.Include.NON_NULL)
@RecordBuilder
@RecordBuilder.Options(inheritComponentAnnotations = false)
public record FactView(
        @Schema(examples = "insuredInLinzhi") String name,
        @Schema(description = "bool, integer, decimal, date (YYYY-MM-DD), enum (one of values), set (a list of values), text", examples = "bool")
        String type,
        @Schema(examples = "在本市依法参加失业保险") String labelZh,
        @Schema(examples = "Insured in Linzhi") String labelEn,
        @Schema(description = "Where the request carries it: a field of its own, or an entry of facts (facts.<name>)", examples = "insuredInLinzhi")
        String field,
        @Schema(description = "The allowed values of an enum or set") List<ValueView> values,
        @Schema(description = "Used when a case does not give it", examples = "true") Object defaultValue,
        @Schema(description = "Every case gives it (the service supplies appliedOn and payee when they are left out)") boolean required,
        @Schema(description = "Cases of these programmes must give it") List<String> requiredFor,
        @Schema(description = "The programmes that read it (a form asks for it only then); empty: every programme") List<String> programmes,
        @Schema(description = "False for a fact the service derives and a client never sends") boolean input,
        DecisionView.CitationView citation) {

    /** One allowed value. */
    @Schema(name = "FactValue")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ValueView(@Schema(examples = "ENTERPRISE") String value, @Schema(examples = "企业") String labelZh,
                            @Schema(examples = "An enterprise") String labelEn, DecisionView.CitationView citation) {
    }
}
