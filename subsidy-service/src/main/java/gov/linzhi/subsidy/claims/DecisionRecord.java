package gov.linzhi.subsidy.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gov.linzhi.subsidy.rules.Citation;
import gov.linzhi.subsidy.rules.Decision;
import gov.linzhi.subsidy.rules.Payee;
import gov.linzhi.subsidy.rules.ReasonCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The decision as a claim stores it ({@code claim.decision_json}). Its shape belongs to storage, not to the API:
 * a change to {@code DecisionView} never changes how a stored claim reads. The shape changes only with a new
 * {@code format}; every format ever written stays readable.
 * <ul>
 *   <li>format 1 (claims recorded before formats existed): the API's decision view of that time;</li>
 *   <li>format 2: this record.</li>
 * </ul>
 */
@RecordBuilder
@RecordBuilder.Options(inheritComponentAnnotations = false)
public record DecisionRecord(int format, boolean eligible, boolean complete, BigDecimal amount, BigDecimal advanceAmount,
                             BigDecimal transportAllowance, String ruleSetVersion, boolean historyChecked, Payee payee,
                             List<LineRecord> lines, List<PartRecord> notConfigured, List<ReasonRecord> reasons) {

    public static final int FORMAT = 2;

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            // a tree keeps 735.00 as written (the default node factory would drop the trailing zeros)
            .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** One component of the amount. */
    public record LineRecord(String ruleId, String labelZh, String labelEn, BigDecimal amount, CitationRecord citation) {
    }

    /** A part not configured when the claim was decided. */
    public record PartRecord(String ruleId, String labelZh, String labelEn, CitationRecord citation) {
    }

    /** A failed condition. */
    public record ReasonRecord(String code, String ruleId, String messageZh, String messageEn, List<String> facts, CitationRecord citation) {
    }

    /** Where a rule came from. */
    public record CitationRecord(String documentNumber, String provisionPath, String text, boolean inGazette) {

        static CitationRecord of(Citation c) {
            return c == null ? null : new CitationRecord(c.documentNumber(), c.provisionPath(), c.text(), c.inGazette());
        }

        Citation citation() {
            return new Citation(documentNumber, provisionPath, text, inGazette);
        }
    }

    public static DecisionRecord of(Decision d) {
        return DecisionRecordBuilder.builder()
                .format(FORMAT)
                .eligible(d.eligible())
                .complete(d.complete())
                .amount(d.amount())
                .advanceAmount(d.advanceAmount())
                .transportAllowance(d.transportAllowance())
                .ruleSetVersion(d.ruleSetVersion())
                .historyChecked(d.historyChecked())
                .payee(d.payee())
                .lines(d.lines().stream().map(l -> new LineRecord(l.ruleId(), l.label(), l.labelEn(), l.amount(), CitationRecord.of(l.citation()))).toList())
                .notConfigured(d.notConfigured().stream().map(p -> new PartRecord(p.ruleId(), p.label(), p.labelEn(), CitationRecord.of(p.citation()))).toList())
                .reasons(d.reasons().stream().map(r -> new ReasonRecord(r.code().name(), r.ruleId(), r.messageZh(), r.messageEn(), r.facts(),
                        CitationRecord.of(r.citation()))).toList())
                .build();
    }

    /** The decision again, as the engine gave it; {@code payee} fills in what a format-1 record did not keep. */
    public Decision decision(Payee claimPayee) {
        return new Decision(eligible, amount, advanceAmount, transportAllowance, ruleSetVersion, historyChecked,
                payee != null ? payee : claimPayee,
                lines.stream().map(l -> new Decision.Line(l.ruleId(), l.labelZh(), l.labelEn(), l.amount(), citation(l.citation()))).toList(),
                notConfigured.stream().map(p -> new Decision.Part(p.ruleId(), p.labelZh(), p.labelEn(), citation(p.citation()))).toList(),
                reasons.stream().map(r -> new Decision.Reason(ReasonCode.of(r.code()), r.ruleId(), r.messageZh(), r.messageEn(),
                        r.facts() == null ? List.of() : r.facts(), citation(r.citation()))).toList());
    }

    private static Citation citation(CitationRecord c) {
        return c == null ? null : c.citation();
    }

    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a stored decision of any format. */
    public static DecisionRecord read(String stored) {
        try {
            JsonNode tree = JSON.readTree(stored);
            int format = tree.path("format").asInt(1);
            return switch (format) {
                case 1 -> formatOne(tree);
                case FORMAT -> JSON.treeToValue(tree, DecisionRecord.class);
                default -> throw new IllegalStateException("stored decision of unknown format " + format);
            };
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored decision unreadable: " + e.getOriginalMessage(), e);
        }
    }

    /** Format 1: {eligible, amount, advanceAmount, transportAllowance, ruleSetVersion, historyChecked, lines, reasons (message "zh / en")}. */
    private static DecisionRecord formatOne(JsonNode t) {
        List<LineRecord> lines = new ArrayList<>();
        for (JsonNode l : t.path("lines")) {
            lines.add(new LineRecord(l.path("ruleId").asText(), l.path("label").asText(), l.path("labelEn").asText(),
                    yuan(l.path("amount")), citationOne(l.path("citation"))));
        }
        List<ReasonRecord> reasons = new ArrayList<>();
        for (JsonNode r : t.path("reasons")) {
            String message = r.path("message").asText("");
            int split = message.indexOf(" / ");
            reasons.add(new ReasonRecord(r.path("code").asText(), r.path("ruleId").asText(null),
                    split < 0 ? message : message.substring(0, split), split < 0 ? message : message.substring(split + 3),
                    List.of(), citationOne(r.path("citation"))));
        }
        return DecisionRecordBuilder.builder()
                .format(1)
                .eligible(t.path("eligible").asBoolean())
                .complete(true)
                .amount(yuan(t.path("amount")))
                .advanceAmount(yuan(t.path("advanceAmount")))
                .transportAllowance(yuan(t.path("transportAllowance")))
                .ruleSetVersion(t.path("ruleSetVersion").asText(null))
                .historyChecked(t.path("historyChecked").asBoolean())
                .lines(lines)
                .notConfigured(List.of())
                .reasons(reasons)
                .build();
    }

    /** An amount of format 1 in yuan with its two decimals (the tree keeps the value, not the scale). */
    private static BigDecimal yuan(JsonNode amount) {
        return amount.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static CitationRecord citationOne(JsonNode c) {
        if (c.isMissingNode() || c.isNull()) {
            return null;
        }
        return new CitationRecord(c.path("documentNumber").asText(null), c.path("provisionPath").asText(null), c.path("text").asText(null),
                c.hasNonNull("gazetteUrl"));
    }
}
