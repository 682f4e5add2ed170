package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.openapi.OpenApiFuzzTest;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;


/**
 * Hostile and plausible requests for every operation of the OpenAPI document: never a 5xx, every
 * error problem+json. Its own test profile means its own Quarkus start, and the test resource gives every
 * start an empty database, so what it records disturbs no other test.
 */
@QuarkusTest
@TestProfile(FuzzApiTest.OwnDatabase.class)
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class FuzzApiTest extends OpenApiFuzzTest {

    /** A profile of its own, so the fuzz database is not the shared one. */
    public static class OwnDatabase implements QuarkusTestProfile {
    }
}
