package gov.linzhi.subsidy.api;

import gov.linzhi.subsidy.identity.CreditCode;
import gov.linzhi.subsidy.identity.ResidentId;
import gov.linzhi.subsidy.rules.KeyGroup;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One case to evaluate or claim: the HR bureau's request contract. */
@Schema(name = "EvaluationRequest", description = "A training-subsidy case")
@DifficultEnterpriseCost
@CaseOrProject
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
        @Schema(description = "Key group of 3.2.1, or null") KeyGroup keyGroup,
        @Schema(description = "Approved one-way bus fare in yuan (transport allowance = 2 ×)", examples = "85.50")
        @DecimalMin("0.00") @Digits(integer = 6, fraction = 2) BigDecimal busFareOneWay,
        @Schema(description = "Transfer training of a difficult enterprise's staff (ENTERPRISE_TRAINING): full cost", examples = "false")
        Boolean difficultEnterprise,
        @Schema(description = "Training cost in yuan; required for a difficult enterprise", examples = "5600.00")
        @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal trainingCost,
        @Schema(description = "The training or evaluation institution; when given it must be in the catalogue, approved for the occupation and level") @Valid Institution institution,
        @Schema(description = "A catalogued training project: its programme, occupation, level, institution, mandated content and end date fill the case "
                + "(fields given as well must agree); a project-based (项目制) project allows the 30% advance", examples = "12")
        @Positive Long projectId) {

    /** A training institution. */
    @Schema(name = "Institution")
    public record Institution(
            @Schema(required = true, examples = "林芝市职业技能培训学校") @NotBlank @Size(max = 200) String name,
            @Schema(required = true, description = "统一社会信用代码 (GB 32100)", examples = "91540400MA6T1234XT")
            @NotNull @CreditCode String creditCode) {
    }

    /** The same case without the resident ID, as stored for replays. */
    public EvaluationRequest withoutPerson() {
        return new EvaluationRequest(null, programme, level, occupation, trainingCompletedOn, certificateLevel, certificateIssuedOn,
                appliedOn, unemploymentInsuranceMonths, receivesMonthlyPension, includesMandatedContent, keyGroup, busFareOneWay,
                difficultEnterprise, trainingCost, institution, projectId);
    }

    /** The same case with appliedOn resolved. */
    public EvaluationRequest appliedOn(LocalDate date) {
        return new EvaluationRequest(personId, programme, level, occupation, trainingCompletedOn, certificateLevel, certificateIssuedOn,
                date, unemploymentInsuranceMonths, receivesMonthlyPension, includesMandatedContent, keyGroup, busFareOneWay,
                difficultEnterprise, trainingCost, institution, projectId);
    }
}
