package gov.linzhi.gazette.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.gazette.rest.Api;

import java.util.List;

/** A provision's quantities as stored with it (JSON), read back for the API. */
final class StoredQuantities {

    private StoredQuantities() {
    }

    static List<Api.Quantity> read(ObjectMapper json, String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return json.readValue(stored, new TypeReference<List<Api.Quantity>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored quantities unreadable", e);
        }
    }
}
