package gov.linzhi.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON mapper a REST client reads another service's answers with. Requests to our own services are
 * strict (an unknown property is refused with {@code UNKNOWN_FIELD}); answers from another service are read
 * as a tolerant reader would, taking the fields the client names, so a field added on the other side never
 * breaks the caller. Each client interface returns it from its {@code @ClientObjectMapper} method.
 */
public final class TolerantReader {

    private TolerantReader() {
    }

    /** A copy of the service's mapper that ignores properties the target type does not declare. */
    public static ObjectMapper of(ObjectMapper serviceMapper) {
        return serviceMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
