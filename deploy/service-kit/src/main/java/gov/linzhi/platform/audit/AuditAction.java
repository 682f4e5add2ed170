package gov.linzhi.platform.audit;

import java.util.regex.Pattern;

/**
 * What an audit entry says happened, in the one vocabulary every service writes: the subject's kind and what was
 * done to it, in capitals joined by underscores and in the past ({@code CLAIM_DECIDED}, {@code PLAN_CALENDAR_CHANGED},
 * {@code ISSUE_IMPORTED}), so that one query reads the three services' logs alike.
 */
public record AuditAction(String name) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
    static final int MAX_LENGTH = 100;

    public AuditAction {
        if (name == null || name.length() > MAX_LENGTH || !SHAPE.matcher(name).matches()) {
            throw new IllegalArgumentException("an audit action reads SUBJECT_DONE in capitals (CLAIM_DECIDED), not " + name);
        }
    }

    public static AuditAction of(String name) {
        return new AuditAction(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
