package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.openapi.AuthMatrixTest;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;

import java.util.Set;

/** Every protected write refuses bad credentials; only the evaluations are public writes (without a personId). */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class AuthMatrixApiTest extends AuthMatrixTest {

    /** POST /rules/versions takes YAML, which REST Assured cannot encode until told to send it as text. */
    @BeforeAll
    static void sendYamlAsText() {
        EncoderConfig encoders = RestAssured.config().getEncoderConfig();
        for (String type : new String[] {"application/yaml", "application/x-yaml", "text/yaml"}) {
            encoders = encoders.encodeContentTypeAs(type, ContentType.TEXT);
        }
        RestAssured.config = RestAssured.config().encoderConfig(encoders);
    }

    @Override
    protected Set<String> publicWrites() {
        return Set.of("POST /api/v1/evaluations", "POST /api/v1/evaluations/batch");
    }
}
