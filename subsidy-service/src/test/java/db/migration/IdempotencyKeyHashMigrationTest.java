package db.migration;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.subsidy.identity.PersonDataCrypto;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * V8 on claims recorded with their Idempotency-Key in the clear: the service's migrations run to V7 on a database of
 * their own, two claims are recorded the old way, and V8 leaves only each key's keyed hash, the one the service now
 * looks a replay up by.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class IdempotencyKeyHashMigrationTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String serviceUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    PersonDataCrypto crypto;

    @Test
    void recordedKeysBecomeTheirKeyedHashesAndTheClearColumnGoes() throws Exception {
        String server = serviceUrl.substring(0, serviceUrl.indexOf('/', "jdbc:mariadb://".length()) + 1);
        String pass = password.orElse("");
        try (Connection admin = DriverManager.getConnection(server, user, pass); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS subsidy_v8");
            st.execute("CREATE DATABASE subsidy_v8 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = server + "subsidy_v8";
        Flyway.configure().dataSource(url, user, pass).locations("classpath:db/migration").target("7").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, pass); Statement st = c.createStatement()) {
            st.execute("INSERT INTO person (id, lookup_hash, encrypted_id, masked_id) VALUES (1, 'h', 'e', 'm')");
            for (String key : new String[] {"540402199001191234-first-claim", "client-key-2"}) {
                st.execute("INSERT INTO claim (person_id, idempotency_key, request_hash, programme, family, occupation, occupation_key,"
                        + " level_key, training_year, training_completed_on, status, amount, advance_amount, transport_allowance,"
                        + " rule_set_version, request_json, decision_json, created_by, payee) VALUES (1, '" + key + "', 'r',"
                        + " 'ENTERPRISE_TRAINING', 'TRAINING', '电工', '电工', 'LEVEL_4', 2020, '2020-06-30', 'APPROVED', 1500.00,"
                        + " 450.00, 0.00, '2019-2021.2', '{}', '{}', 'test', 'ENTERPRISE')");
            }

            Flyway.configure().dataSource(url, user, pass).locations("classpath:db/migration").load().migrate();

            try (ResultSet rs = st.executeQuery("SELECT idempotency_key_hash FROM claim ORDER BY id")) {
                rs.next();
                assertEquals(crypto.idempotencyKeyHash("540402199001191234-first-claim"), rs.getString(1));
                rs.next();
                assertEquals(crypto.idempotencyKeyHash("client-key-2"), rs.getString(1));
            }
            try (ResultSet columns = c.getMetaData().getColumns("subsidy_v8", null, "claim", "idempotency_key")) {
                assertFalse(columns.next(), "the keys in the clear are gone");
            }
        }
        try (Connection admin = DriverManager.getConnection(server, user, pass); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE subsidy_v8");
        }
    }
}
