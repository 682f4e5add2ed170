package gov.linzhi.subsidy.api;

import gov.linzhi.subsidy.catalogue.ProjectTerms;
import gov.linzhi.subsidy.identity.CreditCode;
import gov.linzhi.subsidy.identity.ResidentId;
import gov.linzhi.subsidy.identity.ResidentIds;
import gov.linzhi.subsidy.rules.Group;
import gov.linzhi.subsidy.rules.KeyGroup;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Names;
import gov.linzhi.subsidy.rules.Payee;
import gov.linzhi.subsidy.rules.Programme;
import gov.linzhi.subsidy.rules.Provider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import io.soabase.recordbuilder.core.RecordBuilder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One case to evaluate or claim: the HR bureau's request contract. Every property is declared by the rule set in
 * force as a fact ({@code GET /api/v1/facts}); facts a later version declares beyond these come in {@code facts}.
 * Any other property is refused (400 UNKNOWN_FIELD). Input is canonical from here on: a resident ID written with
 * digits of another script or full width is folded to ASCII, names are NFKC with invisible characters removed.
 */
@Schema(name = "EvaluationRequest", description = "A training-subsidy case")
@DifficultEnterpriseCost
@CaseOrProject
@RecordBuilder
@RecordBuilder.Options(inheritComponentAnnotations = false)
public record EvaluationRequest(
        @Schema(description = "18-character resident ID (GB 11643). Optional for evaluations (then history rules are skipped); required for claims.",
                examples = "540402199001191234")
        @ResidentId String personId,
        @Schema(description = "Required unless projectId names a catalogued project", examples = "APPRENTICESHIP") Programme programme,
        @Schema(description = "Level of the training (not used by SKILL_CERTIFICATE, which takes certificateLevel)", examples = "LEVEL_3")
        Level level,
        @Schema(description = "Required unless projectId names a catalogued project", examples = "中式烹调师") @Size(max = 100) String occupation,
        @Schema(description = "Date the training was completed; selects the rule set and the calendar year. Required unless projectId is given (default: the project's end)",
                examples = "2020-06-30")
        LocalDate trainingCompletedOn,
        @Schema(description = "Level of the certificate obtained, if any", examples = "LEVEL_5", nullable = true) Level certificateLevel,
        @Schema(description = "Issue date of the certificate (SKILL_CERTIFICATE)", examples = "2020-07-15") LocalDate certificateIssuedOn,
        @Schema(description = "Date of application; default today (Asia/Shanghai)", examples = "2020-08-01") LocalDate appliedOn,
        @Schema(description = "Months of unemployment insurance (SKILL_CERTIFICATE)", examples = "24")
        @Min(0) @Max(1200) Integer unemploymentInsuranceMonths,
        @Schema(description = "Entitled to a monthly pension", examples = "false") Boolean receivesMonthlyPension,
        @Schema(description = "The training includes the mandated content of 5.8 (通用语言, 职业道德 …)", examples = "true")
        Boolean includesMandatedContent,
        @Schema(description = "Deprecated: one transport group of 3.2.1; send groups instead (read as a one-element groups)",
                deprecated = true) KeyGroup keyGroup,
        @Schema(description = "Approved one-way bus fare in yuan (transport allowance = 2 ×)", examples = "85.50")
        @DecimalMin("0.00") @Digits(integer = 6, fraction = 2) BigDecimal busFareOneWay,
        @Schema(description = "Transfer training of a difficult enterprise's staff (ENTERPRISE_TRAINING): full cost", examples = "false")
        Boolean difficultEnterprise,
        @Schema(description = "Training cost in yuan; required for a difficult enterprise", examples = "5600.00")
        @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal trainingCost,
        @Schema(description = "The training or evaluation institution; when given it must be in the catalogue, approved for the occupation and level") @Valid Institution institution,
        @Schema(description = "A catalogued training project: its programme, occupation, level, institution, mandated content and end date fill the case "
                + "(fields given as well must agree); a project-based (项目制) project allows the 30% advance", examples = "12")
        @Positive Long projectId,
        @Schema(description = "Who ran the training (6.12: 30% advance for training run by an enterprise, or project-based training by an institution)",
                examples = "ENTERPRISE") Provider provider,
        @Schema(description = "Date the training started (PRE_JOB_TRAINING: required, within 1 month of contractSignedOn)", examples = "2020-04-01")
        LocalDate trainingStartedOn,
        @Schema(description = "Date the labour contract or employment agreement was signed (PRE_JOB_TRAINING: required)", examples = "2020-03-20")
        LocalDate contractSignedOn,
        @Schema(description = "Insured for unemployment in Linzhi (SKILL_CERTIFICATE, 3.1.1 在本市); default true", examples = "true")
        Boolean insuredInLinzhi,
        @Schema(description = "The groups of 3.2.1 the person belongs to (key-group training needs one of the training groups; "
                + "the transport allowance one of the transport groups)", examples = "[\"POOR_LABOUR\", \"REGISTERED_POOR_LABOUR\"]")
        @Size(max = 15) Set<Group> groups,
        @Schema(description = "Who is paid; default the programme's payee (GET /api/v1/facts). 6.12: a certificate subsidy is refused for an "
                + "occupation and level the person was personally paid a training subsidy for", examples = "ENTERPRISE")
        Payee payee,
        @Schema(description = "Facts a rule-set version declares beyond the fields above, by name (GET /api/v1/facts?version=); "
                + "a name the version in force does not declare is refused")
        @Size(max = 50) Map<String, Object> facts) implements EvaluationRequestBuilder.With {

    public EvaluationRequest {
        personId = ResidentIds.canonical(personId);
        occupation = Names.canonical(occupation);
        groups = groups == null ? null : Set.copyOf(groups);
        facts = facts == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }

    /** A training institution. */
    @Schema(name = "Institution")
    public record Institution(
            @Schema(required = true, examples = "林芝市职业技能培训学校") @NotBlank @Size(max = 200) String name,
            @Schema(required = true, description = "统一社会信用代码 (GB 32100)", examples = "91540400MA6T1234XT")
            @NotNull @CreditCode String creditCode) {

        public Institution {
            name = Names.canonical(name);
        }
    }

    /** The same case without the resident ID, as stored for replays. */
    public EvaluationRequest withoutPerson() {
        return withPersonId(null);
    }

    /** The same case filled from a catalogued project: its programme, occupation, level, end date, content and institution. */
    public EvaluationRequest fromProject(ProjectTerms p) {
        return with(b -> b.programme(p.programme()).level(p.level()).occupation(p.occupation())
                .trainingCompletedOn(trainingCompletedOn != null ? trainingCompletedOn : p.endsOn())
                .includesMandatedContent(p.mandatedContent())
                .institution(new Institution(p.institutionName(), p.institutionCreditCode())));
    }
}
