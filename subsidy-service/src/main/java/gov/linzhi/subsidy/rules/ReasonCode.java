package gov.linzhi.subsidy.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A stable reason code of a refusal; the HR bureau's systems switch on it. The codes and their messages are
 * declared by each rule set; only {@link #NO_RULES_IN_FORCE} belongs to the engine, for a date no rule set covers.
 */
public record ReasonCode(String value) {

    public static final ReasonCode NO_RULES_IN_FORCE = new ReasonCode("NO_RULES_IN_FORCE");

    public ReasonCode {
        if (value == null || !value.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new IllegalArgumentException("a reason code is written in capitals, digits and _: " + value);
        }
    }

    @JsonCreator
    public static ReasonCode of(String value) {
        return new ReasonCode(value);
    }

    @JsonValue
    public String name() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
