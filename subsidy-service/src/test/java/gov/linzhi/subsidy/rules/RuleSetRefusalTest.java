package gov.linzhi.subsidy.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad rule set is refused with a precise message. */
class RuleSetRefusalTest {

    static String builtIn() {
        try (InputStream in = RuleSetRefusalTest.class.getClassLoader().getResourceAsStream("rules/2019-2021/rule-set.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The built-in set with one exact piece of text replaced (which must occur). */
    static String edited(String from, String to) {
        String text = builtIn();
        assertTrue(text.contains(from), "test edit does not apply: " + from);
        return text.replace(from, to);
    }

    static String refusal(String yaml) {
        RuleSetRejectedException e = assertThrows(RuleSetRejectedException.class, () -> RuleSetLoader.fromYaml(yaml));
        return String.join("\n", e.problems());
    }

    @Test
    void theBuiltInSetLoads() throws Exception {
        assertEquals("2019-2021.2", RuleSetLoader.fromYaml(builtIn()).version());
    }

    @Test
    void aLevelWithNoRowIsAGap() {
        String message = refusal(edited("level: [LEVEL_5, LEVEL_4, NONE]}", "level: [LEVEL_4, NONE]}"));
        assertEquals("table BASE_AMOUNT has a gap: no row matches programme=HIGH_SKILL_TRAINING, level=LEVEL_5, certificateLevel=LEVEL_5, "
                + "difficultEnterprise=false; programme=HIGH_SKILL_TRAINING, level=LEVEL_5, certificateLevel=LEVEL_5, difficultEnterprise=true; "
                + "programme=HIGH_SKILL_TRAINING, level=LEVEL_5, certificateLevel=LEVEL_4, difficultEnterprise=false; "
                + "programme=HIGH_SKILL_TRAINING, level=LEVEL_5, certificateLevel=LEVEL_4, difficultEnterprise=true; "
                + "programme=HIGH_SKILL_TRAINING, level=LEVEL_5, certificateLevel=LEVEL_3, difficultEnterprise=false (and 7 more cases)", message);
    }

    @Test
    void twoRowsMatchingOneCaseAreAnOverlap() {
        String message = refusal(edited("when: {programme: [APPRENTICESHIP], level: [LEVEL_5, NONE]}",
                "when: {programme: [APPRENTICESHIP], level: [LEVEL_5, LEVEL_4, NONE]}"));
        assertTrue(message.startsWith("table BASE_AMOUNT has an overlap: rows APPRENTICESHIP.LEVEL_4 and APPRENTICESHIP.NOT_COVERED both match "
                + "programme=APPRENTICESHIP, level=LEVEL_4"), message);
    }

    @Test
    void aCitationOfAnUnknownDocumentPointsNowhere() {
        String message = refusal(edited("citation: {document: 林政办发〔2020〕5号, provision: \"6.12\", quote: \"将确有培训需求",
                "citation: {document: 林政办发〔2020〕99号, provision: \"6.12\", quote: \"将确有培训需求"));
        assertTrue(message.contains("citation of rule PENSION_RECIPIENT points nowhere: the rule set has no document 林政办发〔2020〕99号"), message);
    }

    @Test
    void aCitationOfAnUnknownProvisionPointsNowhere() {
        String message = refusal(edited("citation: {document: 林政办发〔2020〕5号, provision: \"6.12\", quote: \"将确有培训需求",
                "citation: {document: 林政办发〔2020〕5号, provision: \"6.13\", quote: \"将确有培训需求"));
        assertTrue(message.contains("citation of rule PENSION_RECIPIENT points nowhere: 林政办发〔2020〕5号 has no provision 6.13"), message);
    }

    @Test
    void aQuoteTheProvisionDoesNotContainIsRefused() {
        String message = refusal(edited("quote: \"将确有培训需求、不具有按月领取养老金资格的人员纳入培训补贴范围。\"",
                "quote: \"将确有培训需求、具有按月领取养老金资格的人员纳入培训补贴范围。\""));
        assertTrue(message.contains("citation of rule PENSION_RECIPIENT quotes text that provision 6.12 of 林政办发〔2020〕5号 does not contain"), message);
    }

    @Test
    void aParameterWithoutAValueForPartOfThePeriodIsRefused() {
        String message = refusal(edited("values: [{from: 2019-01-01, value: 450}]", "values: [{from: 2019-07-01, value: 450}]"));
        assertEquals("parameter MANDATED_CONTENT.SUPPLEMENT has no value from 2019-01-01 to 2019-06-30", message);
    }

    @Test
    void aParameterEndingBeforeThePeriodEndsIsRefused() {
        String message = refusal(edited("values: [{from: 2019-01-01, value: 450}]", "values: [{from: 2019-01-01, to: 2021-06-30, value: 450}]"));
        assertEquals("parameter MANDATED_CONTENT.SUPPLEMENT has no value from 2021-07-01 to 2021-12-31", message);
    }

    @Test
    void aHoleBetweenTwoDatedValuesIsRefused() {
        String message = refusal(edited("values: [{from: 2019-01-01, value: 450}]",
                "values: [{from: 2019-01-01, to: 2019-12-31, value: 450}, {from: 2020-02-01, value: 500}]"));
        assertEquals("parameter MANDATED_CONTENT.SUPPLEMENT has no value from 2020-01-01 to 2020-01-31", message);
    }

    @Test
    void overlappingDatedValuesAreRefused() {
        String message = refusal(edited("values: [{from: 2019-01-01, value: 450}]",
                "values: [{from: 2019-01-01, to: 2020-06-30, value: 450}, {from: 2020-01-01, value: 500}]"));
        assertEquals("parameter MANDATED_CONTENT.SUPPLEMENT has overlapping values: the value from 2020-01-01 starts before the previous one ends on 2020-06-30",
                message);
    }

    @Test
    void aValueChangingFromADateIsAccepted() throws Exception {
        RuleSet set = RuleSetLoader.fromYaml(edited("values: [{from: 2019-01-01, value: 450}]",
                "values: [{from: 2019-01-01, value: 450}, {from: 2021-01-01, value: 600}]"));
        RuleSet.Parameter p = set.parameter("MANDATED_CONTENT.SUPPLEMENT");
        assertEquals(450, p.valueOn(java.time.LocalDate.of(2020, 12, 31)).orElseThrow().intValue());
        assertEquals(600, p.valueOn(java.time.LocalDate.of(2021, 1, 1)).orElseThrow().intValue());
    }

    @Test
    void aReasonTheRuleSetDoesNotDeclareIsRefused() {
        String message = refusal(edited("reason: PENSION_RECIPIENT\n", "reason: TOO_OLD\n"));
        assertEquals("rule PENSION_RECIPIENT gives the reason TOO_OLD, which the rule set does not declare among its reasons", message);
    }

    @Test
    void aMissingRequiredFieldFailsTheSchema() {
        String message = refusal(edited("title: 林芝市职业技能提升行动培训补贴规则集（2019—2021年）\n", ""));
        assertEquals("schema: $: required property 'title' not found", message);
    }

    @Test
    void aRuleReferringToAnUndefinedParameterIsRefused() {
        String message = refusal(edited("parameter: MANDATED_CONTENT.SUPPLEMENT\n", "parameter: MANDATED_CONTENT.BONUS\n"));
        assertEquals("rule MANDATED_CONTENT refers to parameter MANDATED_CONTENT.BONUS, which the rule set does not define", message);
    }

    @Test
    void aConditionNamingAnUndeclaredFactIsRefusedNamingTheRuleAndTheFact() {
        String message = refusal(edited("when: \"!facts.insuredInLinzhi\"", "when: \"!facts.insuredInLhasa\""));
        assertEquals("rule INSURED_ELSEWHERE: the expression '!facts.insuredInLhasa' names the fact 'insuredInLhasa', which the rule set "
                + "does not declare", message);
    }

    @Test
    void aConditionOfTheWrongTypeIsRefusedWithTheExpression() {
        String message = refusal(edited("when: \"!facts.insuredInLinzhi\"", "when: \"facts.unemploymentInsuranceMonths.orValue(0) + 1\""));
        assertTrue(message.startsWith("rule INSURED_ELSEWHERE: the expression 'facts.unemploymentInsuranceMonths.orValue(0) + 1' does not type-check"),
                message);
    }

    @Test
    void anOptionalFactUsedAsIfAlwaysGivenDoesNotTypeCheck() {
        String message = refusal(edited("when: \"!facts.insuredInLinzhi\"", "when: \"facts.certificateIssuedOn > facts.appliedOn\""));
        assertTrue(message.contains("rule INSURED_ELSEWHERE") && message.contains("does not type-check"), message);
    }

    @Test
    void aConditionReadingAParameterThatIsNotAlwaysConfiguredIsRefused() {
        String message = refusal(edited("when: \"!facts.insuredInLinzhi\"", "when: \"params[\\\"KEY_GROUP_TRAINING.AMOUNT\\\"] > 0.0\""));
        assertEquals("rule INSURED_ELSEWHERE: the expression 'params[\"KEY_GROUP_TRAINING.AMOUNT\"] > 0.0' reads the parameter "
                + "'KEY_GROUP_TRAINING.AMOUNT', which the rule set does not define with a value for its whole period", message);
    }

    @Test
    void aCodeNoFactDeclaresIsRefused() {
        String message = refusal(edited("institution.standing == \"NOT_LISTED\"", "institution.standing == \"NOT_ON_THE_LIST\""));
        assertEquals("rule INSTITUTION_NOT_LISTED: the expression 'institution.standing == \"NOT_ON_THE_LIST\"' names the code "
                + "'NOT_ON_THE_LIST', which is not a value of any enum or set fact, nor an institution standing", message);
    }

    @Test
    void aFactTheServiceReadsDeclaredWithAnotherTypeIsRefused() {
        String message = refusal(edited("{name: insuredInLinzhi, type: bool, default: true,", "{name: insuredInLinzhi, type: text, default: \"yes\","));
        assertTrue(message.contains("fact insuredInLinzhi is read by the service as bool, not text"), message);
    }

    @Test
    void aProgrammeTheServiceDoesNotKnowIsRefused() {
        String message = refusal(edited("  - {code: ENTREPRENEURSHIP_TRAINING,", "  - {code: TOURISM_TRAINING,"));
        assertTrue(message.contains("programme TOURISM_TRAINING is not one the service knows"), message);
    }

    @Test
    void aPolicyCaseThatFailsRefusesTheVersion() {
        String message = refusal(builtIn() + """

                cases:
                  - name: 企业职工培训 初级工 写错的金额
                    input: {programme: ENTERPRISE_TRAINING, occupation: 电工, trainingCompletedOn: "2020-06-30", level: LEVEL_5}
                    expect: {eligible: true, amount: 1200.00, advanceAmount: 360.00, transportAllowance: 0.00, ruleSetVersion: "2019-2021.2",
                             lines: [{ruleId: ENTERPRISE_TRAINING.LEVEL_5, amount: 1200.00}], reasons: []}
                """);
        assertTrue(message.startsWith("policy case 企业职工培训 初级工 写错的金额 fails: amount: expected 1200.00, got 1000.00"), message);
    }

    @Test
    void anEffectiveDateOutsideThePeriodIsRefused() {
        String message = refusal(edited("effectiveFrom: 2019-01-01", "effectiveFrom: 2022-01-01"));
        assertEquals("effectiveFrom 2022-01-01 lies outside the period 2019-01-01 … 2021-12-31", message);
    }

    @Test
    void aShareAboveOneIsRefused() {
        String message = refusal(edited("values: [{from: 2019-01-01, value: 0.30}]", "values: [{from: 2019-01-01, value: 30}]"));
        assertEquals("parameter ADVANCE.SHARE is a share but has the value 30 (more than 1) from 2019-01-01", message);
    }

    @Test
    void duplicateRuleOrdersAreRefused() {
        String message = refusal(edited("    order: 20\n", "    order: 10\n"));
        assertEquals("rule CERTIFICATE_REQUIRED has order 10, already taken by rule PENSION_RECIPIENT", message);
    }

    @Test
    void unreadableYamlIsRefused() {
        assertTrue(refusal("version: [unclosed").startsWith("not readable as YAML or JSON"));
    }
}
