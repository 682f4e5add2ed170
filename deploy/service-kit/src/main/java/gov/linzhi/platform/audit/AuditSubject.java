package gov.linzhi.platform.audit;

import java.util.regex.Pattern;

/**
 * What an audit entry is about, written {@code type/id} in every service ({@code claim/42}, {@code rule-set/2020.1},
 * {@code plan/3}): the type a lower-case noun in the API's own words, the id as the API shows it.
 */
public record AuditSubject(String type, String id) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final int MAX_LENGTH = 200;

    public AuditSubject {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("an audit subject's type is a lower-case noun (claim, rule-set), not " + type);
        }
        if (id == null || id.isBlank() || id.contains("/") || type.length() + 1 + id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an audit subject's id is a non-blank name without '/' that fits "
                    + MAX_LENGTH + " characters with its type, not " + id);
        }
    }

    public static AuditSubject of(String type, Object id) {
        return new AuditSubject(type, id == null ? null : id.toString());
    }

    @Override
    public String toString() {
        return type + "/" + id;
    }
}
