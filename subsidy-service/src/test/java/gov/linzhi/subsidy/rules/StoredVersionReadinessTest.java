package gov.linzhi.subsidy.rules;

import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** A stored version that no longer passes its checks fails readiness, naming it, instead of being dropped quietly. */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class StoredVersionReadinessTest {

    @Inject
    DataSource dataSource;

    @Test
    void aBrokenStoredVersionMakesTheServiceUnready() throws Exception {
        given().get("/q/health/ready").then().statusCode(200);
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO rule_set_version (version, effective_from, period_from, period_to, source, content, sha256, loaded_by)
                VALUES ('broken-1', '2031-01-01', '2031-01-01', '2031-12-31', 'API', '{"version":"broken-1"}', ?, 'test')""")) {
            insert.setString(1, "0".repeat(64));
            insert.executeUpdate();
        }
        try {
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'rule-sets' }.status", is("DOWN"))
                    .body("checks.find { it.name == 'rule-sets' }.data.'broken-1'", containsString("required property"));
            // the versions that pass keep deciding meanwhile
            given().contentType("application/json").body("""
                    {"programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"电工","trainingCompletedOn":"2020-06-30"}""")
                    .post("/api/v1/evaluations").then().statusCode(200).body("amount", is(1500.00f));
        } finally {
            try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM rule_set_version WHERE version = 'broken-1'")) {
                delete.executeUpdate();
            }
        }
        given().get("/q/health/ready").then().statusCode(200);
    }
}
