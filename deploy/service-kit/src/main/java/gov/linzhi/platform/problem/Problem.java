package gov.linzhi.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx response of every service.
 *
 * @param type       URI naming the kind of problem; derived from {@code code}
 * @param title      short, human-readable summary of the kind of problem
 * @param status     the HTTP status code
 * @param detail     explanation of this occurrence
 * @param code       stable machine-readable code that clients switch on
 * @param instance   the request path that failed
 * @param violations field-level failures, for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail with a stable machine code")
public record Problem(
        @Schema(examples = "https://linzhi.gov.cn/problems/validation-failed") String type,
        @Schema(examples = "Request validation failed") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "personId: not a valid resident ID number") String detail,
        @Schema(examples = "VALIDATION_FAILED") String code,
        @Schema(examples = "/api/v1/evaluations") String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://linzhi.gov.cn/problems/";

    /** Every problem leaves the service with anything shaped like a resident ID masked ({@link PersonalData}). */
    public Problem {
        detail = PersonalData.mask(detail);
        instance = PersonalData.mask(instance);
        violations = violations == null ? List.of() : violations.stream()
                .map(v -> new Violation(v.field(), PersonalData.mask(v.message()))).toList();
    }

    public static String typeOf(String code) {
        return TYPE_BASE + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** One failed field. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(examples = "personId") String field,
            @Schema(examples = "not a valid resident ID number") String message) {
    }
}
