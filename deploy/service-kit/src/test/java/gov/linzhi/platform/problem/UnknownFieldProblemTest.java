package gov.linzhi.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.json.TolerantReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A property the request type does not declare is a 400 UNKNOWN_FIELD naming it; a client reading another service tolerates it. */
class UnknownFieldProblemTest {

    record Institution(String name, String creditCode) {
    }

    record Case(String occupation, Boolean includesMandatedContent, List<Institution> institutions) {
    }

    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static Problem problemFor(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> STRICT.readValue(json, Case.class));
        return ProblemMappers.jsonProblem(e, "/api/v1/evaluations");
    }

    @Test
    void aMisspelledFieldIsNamedWithTheFieldsKnownThere() {
        Problem p = problemFor("{\"occupation\": \"电工\", \"includesMandatedContnet\": true}");
        assertEquals(400, p.status());
        assertEquals(ProblemCodes.UNKNOWN_FIELD, p.code());
        assertEquals("includesMandatedContnet", p.violations().get(0).field());
        assertTrue(p.violations().get(0).message().contains("includesMandatedContent"), p.violations().get(0).message());
    }

    @Test
    void aNestedUnknownFieldIsNamedWithItsPath() {
        Problem p = problemFor("{\"institutions\": [{\"name\": \"x\"}, {\"name\": \"y\", \"code\": \"1\"}]}");
        assertEquals(ProblemCodes.UNKNOWN_FIELD, p.code());
        assertEquals("institutions[1].code", p.violations().get(0).field());
    }

    @Test
    void aTolerantReaderTakesTheFieldsItNamesAndLeavesTheServiceMapperStrict() throws Exception {
        Case read = TolerantReader.of(STRICT).readValue("{\"occupation\": \"电工\", \"addedLater\": 1}", Case.class);
        assertEquals("电工", read.occupation());
        assertThrows(JsonProcessingException.class, () -> STRICT.readValue("{\"addedLater\": 1}", Case.class));
    }
}
