package gov.linzhi.subsidy.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a citation as JSON from UTF-8 bytes encoded once. Citations are few (those the stored rule sets make)
 * and their quoted provisions are long Chinese sentences: encoding them again for every decision was the largest
 * part of answering {@code POST /evaluations}. The JSON is the record's own: the same four properties.
 * {@link Lines} does the same for a decision's lines, whose ids and labels come from the rule sets too.
 */
final class CitationJson extends StdSerializer<DecisionView.CitationView> {

    private static final SerializedString DOCUMENT = new SerializedString("documentNumber");
    private static final SerializedString PROVISION = new SerializedString("provisionPath");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString URL = new SerializedString("gazetteUrl");

    /**
     * The encoded values of each citation written; bounded by the citations of the stored rule sets. Read with
     * {@code get} first: {@code computeIfAbsent} may lock a bin even when the key is there.
     */
    private static final Map<DecisionView.CitationView, SerializedString[]> ENCODED = new ConcurrentHashMap<>();

    CitationJson() {
        super(DecisionView.CitationView.class);
    }

    @Override
    public void serialize(DecisionView.CitationView c, JsonGenerator json, SerializerProvider provider) throws IOException {
        SerializedString[] values = ENCODED.get(c);
        if (values == null) {
            values = ENCODED.computeIfAbsent(c, CitationJson::encode);
        }
        json.writeStartObject();
        field(json, DOCUMENT, values[0]);
        field(json, PROVISION, values[1]);
        field(json, TEXT, values[2]);
        field(json, URL, values[3]);
        json.writeEndObject();
    }

    private static void field(JsonGenerator json, SerializedString name, SerializedString value) throws IOException {
        if (value != null) {
            json.writeFieldName(name);
            json.writeString(value);
        }
    }

    private static SerializedString[] encode(DecisionView.CitationView c) {
        return new SerializedString[] {string(c.documentNumber()), string(c.provisionPath()), string(c.text()), string(c.gazetteUrl())};
    }

    private static SerializedString string(String value) {
        return value == null ? null : new SerializedString(value);
    }

    /** A decision line: its rule id and labels (rule-set text, encoded once each) with its amount and citation. */
    static final class Lines extends StdSerializer<DecisionView.LineView> {

        private static final SerializedString RULE_ID = new SerializedString("ruleId");
        private static final SerializedString LABEL = new SerializedString("label");
        private static final SerializedString LABEL_EN = new SerializedString("labelEn");
        private static final SerializedString AMOUNT = new SerializedString("amount");
        private static final SerializedString CITATION = new SerializedString("citation");
        /** Bounded by the rule ids and labels of the stored rule sets. */
        private static final Map<String, SerializedString> TEXTS = new ConcurrentHashMap<>();
        private static final CitationJson CITATIONS = new CitationJson();

        Lines() {
            super(DecisionView.LineView.class);
        }

        @Override
        public void serialize(DecisionView.LineView line, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            text(json, RULE_ID, line.ruleId());
            text(json, LABEL, line.label());
            text(json, LABEL_EN, line.labelEn());
            if (line.amount() != null) {
                json.writeFieldName(AMOUNT);
                json.writeNumber(line.amount());
            }
            if (line.citation() != null) {
                json.writeFieldName(CITATION);
                CITATIONS.serialize(line.citation(), json, provider);
            }
            json.writeEndObject();
        }

        private static void text(JsonGenerator json, SerializedString name, String value) throws IOException {
            if (value != null) {
                json.writeFieldName(name);
                SerializedString encoded = TEXTS.get(value);
                json.writeString(encoded != null ? encoded : TEXTS.computeIfAbsent(value, SerializedString::new));
            }
        }
    }
}
