package gov.linzhi.tasks.security;

/** The JWT groups tasks-service knows. Supervision data is internal: every role may read it. */
public final class Roles {
    public static final String GAZETTE_EDITOR = "gazette-editor";
    public static final String SUPERVISOR = "supervisor";
    public static final String DEPARTMENT = "department";
    public static final String HR_BUREAU = "hr-bureau";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
