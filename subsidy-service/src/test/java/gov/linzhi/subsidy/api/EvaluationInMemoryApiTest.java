package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import java.util.Map;

/**
 * Every test of {@link EvaluationApiTest} again, with the rule sets fresh for an hour: public cases are then
 * decided on the I/O thread, from memory (the tests profile's refresh interval of zero sends every case to a
 * worker thread). Anything blocking on that path - the database - fails the request there, so these tests
 * fail with it.
 */
@QuarkusTest
@TestProfile(EvaluationInMemoryApiTest.RuleSetsFreshForAnHour.class)
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class EvaluationInMemoryApiTest extends EvaluationApiTest {

    /** Rule sets looked up at start and then kept for an hour. */
    public static class RuleSetsFreshForAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("subsidy.rules.refresh-interval", "1H");
        }
    }
}
