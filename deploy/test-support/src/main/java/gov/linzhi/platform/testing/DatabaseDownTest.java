package gov.linzhi.platform.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/**
 * With its database gone a service stays alive but is not ready: liveness UP, readiness DOWN.
 * Extend it in a {@code @QuarkusTest @TestProfile(YourProfile.class)} class whose profile extends
 * {@link IsolatedDatabase}, so stopping the server touches no other test.
 */
public abstract class DatabaseDownTest {

    /** A profile with its own MariaDB server, which the test may stop. */
    public abstract static class IsolatedDatabase implements QuarkusTestProfile {
        protected abstract String database();

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(MariaDbTestResource.class,
                    Map.of("database", database(), "isolated", "true"), true));
        }
    }

    @Test
    void readinessGoesDownWithTheDatabaseWhileLivenessStaysUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        MariaDbTestResource.isolatedServer().stop();
        given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }
}
