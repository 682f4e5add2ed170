package gov.linzhi.gazette;

import gov.linzhi.platform.testing.DatabaseDownTest;
import gov.linzhi.platform.testing.openapi.OpenApiFuzzTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * 2,000 plausible and hostile requests generated from this service's OpenAPI document, on a database
 * of their own (the seed is imported there too, so reads find real documents).
 */
@QuarkusTest
@TestProfile(HostileInputTest.OwnDatabase.class)
class HostileInputTest extends OpenApiFuzzTest {

    public static class OwnDatabase extends DatabaseDownTest.IsolatedDatabase {
        @Override
        protected String database() {
            return "gazette_fuzz";
        }
    }
}
