package gov.linzhi.subsidy.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * gazette-service addresses a provision by its document number and path, under {@code /api/v1} as JSON
 * and at its root as the reader's page: {@code {base}/documents/by-number/{number}/provisions/{path}}.
 * One place builds that address, for the API's citation links and the pages' links alike.
 */
public final class GazetteProvisionLinks {

    private GazetteProvisionLinks() {
    }

    /** The provision's address under {@code base}; the document number percent-encoded as one path segment. */
    public static String provision(String base, String documentNumber, String provisionPath) {
        return base + "/documents/by-number/"
                + URLEncoder.encode(documentNumber, StandardCharsets.UTF_8).replace("+", "%20")
                + "/provisions/" + provisionPath;
    }
}
