package gov.linzhi.platform.problem;

/** The problem codes shared by every service. Services add their own domain codes. */
public final class ProblemCodes {
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    public static final String INVALID_VALUE = "INVALID_VALUE";
    public static final String BODY_REQUIRED = "BODY_REQUIRED";
    /** A JSON property the operation does not declare: refused rather than ignored, so a misspelled field never changes an answer. */
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    public static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String CONFLICT = "CONFLICT";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    /** The service's own database cannot be reached; retry later. */
    public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";
    /** The database aborted the request's transaction for conflicting concurrent writes, as often as it was retried; retry later. */
    public static final String TRANSACTION_CONFLICT = "TRANSACTION_CONFLICT";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    public static final String BAD_REQUEST = "BAD_REQUEST";

    private ProblemCodes() {
    }
}
