package gov.linzhi.tasks.security;

import java.util.Set;

/** The JWT groups tasks-service knows. Supervision data is internal: every role may read it. */
public final class Roles {
    public static final String GAZETTE_EDITOR = "gazette-editor";
    public static final String SUPERVISOR = "supervisor";
    public static final String DEPARTMENT = "department";
    public static final String HR_BUREAU = "hr-bureau";
    public static final String AUDITOR = "auditor";

    /**
     * The roles that may read supervision data. The API's read endpoints name the same five in their
     * {@code @RolesAllowed} (annotation values cannot refer to a set); the pages check this set.
     */
    public static final Set<String> READERS = Set.of(SUPERVISOR, DEPARTMENT, GAZETTE_EDITOR, HR_BUREAU, AUDITOR);

    private Roles() {
    }
}
