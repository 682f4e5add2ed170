package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.openapi.AuthMatrixTest;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Set;

/** Every protected write refuses bad credentials; only the evaluations are public writes (without a personId). */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class AuthMatrixApiTest extends AuthMatrixTest {

    @Override
    protected Set<String> publicWrites() {
        return Set.of("POST /api/v1/evaluations", "POST /api/v1/evaluations/batch");
    }
}
