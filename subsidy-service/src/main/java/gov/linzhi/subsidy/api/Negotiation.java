package gov.linzhi.subsidy.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Content negotiation between JSON and one alternative representation (CSV, HTML). */
public final class Negotiation {

    private Negotiation() {
    }

    /** Whether the client's Accept header names {@code alternative} before JSON; wildcards and no header mean JSON. */
    public static boolean prefers(HttpHeaders headers, MediaType alternative) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (!m.isWildcardType() && m.isCompatible(alternative)) {
                return true;
            }
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
