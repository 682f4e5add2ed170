package gov.linzhi.gazette;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.openapi.AuthMatrixTest;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Set;

/** Every write endpoint × bad credentials → 401/403, from the OpenAPI document. */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "gazette"))
class WriteAuthorizationTest extends AuthMatrixTest {

    @Override
    protected Set<String> publicWrites() {
        return Set.of();
    }
}
