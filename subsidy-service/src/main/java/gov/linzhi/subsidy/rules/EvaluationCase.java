package gov.linzhi.subsidy.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One case to decide, as the engine sees it: no personal identifier, dates already defaulted.
 *
 * @param institutionCreditCode the training institution's 统一社会信用代码, or null
 * @param projectBased          the training is a catalogued project-based (项目制) project (6.12: 30% advance)
 */
public record EvaluationCase(
        Programme programme,
        Level level,
        String occupation,
        LocalDate trainingCompletedOn,
        Level certificateLevel,
        LocalDate certificateIssuedOn,
        LocalDate appliedOn,
        Integer unemploymentInsuranceMonths,
        boolean receivesMonthlyPension,
        boolean includesMandatedContent,
        KeyGroup keyGroup,
        BigDecimal busFareOneWay,
        boolean difficultEnterprise,
        BigDecimal trainingCost,
        String institutionCreditCode,
        boolean projectBased) {

    /** A case that names no catalogued project. */
    public EvaluationCase(Programme programme, Level level, String occupation, LocalDate trainingCompletedOn, Level certificateLevel,
            LocalDate certificateIssuedOn, LocalDate appliedOn, Integer unemploymentInsuranceMonths, boolean receivesMonthlyPension,
            boolean includesMandatedContent, KeyGroup keyGroup, BigDecimal busFareOneWay, boolean difficultEnterprise,
            BigDecimal trainingCost, String institutionCreditCode) {
        this(programme, level, occupation, trainingCompletedOn, certificateLevel, certificateIssuedOn, appliedOn, unemploymentInsuranceMonths,
                receivesMonthlyPension, includesMandatedContent, keyGroup, busFareOneWay, difficultEnterprise, trainingCost,
                institutionCreditCode, false);
    }

    /** The level that counts for the programme: the certificate's level for the certificate subsidy. */
    public Level effectiveLevel() {
        return programme == Programme.SKILL_CERTIFICATE ? certificateLevel : level;
    }

    /** The occupation as compared for 6.12: trimmed, inner blanks collapsed, full-width folded. */
    public String occupationKey() {
        return occupationKey(occupation);
    }

    public static String occupationKey(String occupation) {
        String folded = java.text.Normalizer.normalize(occupation == null ? "" : occupation, java.text.Normalizer.Form.NFKC);
        return folded.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** The (family, occupation, level) pair 6.12 forbids twice. */
    public UsedPair pair() {
        return new UsedPair(programme.family(), occupationKey(), Level.keyOf(effectiveLevel()));
    }

    /** An occupation+level already subsidised within a programme family. */
    public record UsedPair(Programme.Family family, String occupationKey, String levelKey) {
    }
}
