package gov.linzhi.tasks;

import gov.linzhi.platform.testing.DatabaseDownTest;
import gov.linzhi.platform.testing.openapi.OpenApiFuzzTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * 2,000 plausible and hostile requests generated from this service's OpenAPI document, on a database
 * of their own. gazette-service and subsidy-service are absent here, so calls that need them must
 * fail fast with a 503 problem, which the fuzz accepts.
 */
@QuarkusTest
@TestProfile(HostileInputTest.OwnDatabase.class)
class HostileInputTest extends OpenApiFuzzTest {

    public static class OwnDatabase extends DatabaseDownTest.IsolatedDatabase {
        @Override
        protected String database() {
            return "tasks_fuzz";
        }
    }
}
