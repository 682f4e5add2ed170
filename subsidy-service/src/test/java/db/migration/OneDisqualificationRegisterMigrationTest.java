package db.migration;

import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * V7 on the rows the two registers left: the service's migrations run to V6 on a database of their own, both
 * registers are filled as clawbacks used to fill them, then V7 moves everything into the catalogue.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class OneDisqualificationRegisterMigrationTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String serviceUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> configuredPassword;

    @Test
    void bothRegistersBecomeTheCatalogueWithAStatusHistoryAndTheOldTableGoes() throws Exception {
        String password = configuredPassword.orElse("");
        String server = serviceUrl.substring(0, serviceUrl.indexOf('/', "jdbc:mariadb://".length()) + 1);
        try (Connection admin = DriverManager.getConnection(server, user, password); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS subsidy_v7");
            st.execute("CREATE DATABASE subsidy_v7 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = server + "subsidy_v7";
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            // listed and active, but the old register disqualified it: the register wins
            st.execute("INSERT INTO training_institution (credit_code, name, kind, ownership, status, status_on, created_by)"
                    + " VALUES ('91540400MA6T0001XA', '甲培训学校', 'PRIVATE_TRAINING_SCHOOL', 'PRIVATE', 'ACTIVE', '2020-03-01', 'hr')");
            // listed and suspended, in no register
            st.execute("INSERT INTO training_institution (credit_code, name, kind, ownership, status, status_on, status_reason, created_by)"
                    + " VALUES ('91540400MA6T0002XB', '乙培训学校', 'PRIVATE_TRAINING_SCHOOL', 'PRIVATE', 'SUSPENDED', '2020-04-01', '整改', 'hr')");
            st.execute("INSERT INTO disqualified_institution (credit_code, name, claim_id, reason, category, disqualified_at, disqualified_by) VALUES"
                    + " ('91540400MA6T0001XA', '甲培训学校', 11, '虚报', 'FRAUD', '2020-09-01 10:00:00', 'auditor'),"
                    + " ('91540400MA6T0003XC', '丙培训中心', 12, '质量差', 'POOR_QUALITY', '2020-10-02 11:00:00', 'auditor')");

            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();

            assertEquals("DISQUALIFIED|2020-09-01|11|FRAUD", row(st, "SELECT CONCAT_WS('|', status, status_on, status_claim_id, status_category)"
                    + " FROM training_institution WHERE credit_code = '91540400MA6T0001XA'"));
            assertEquals("SUSPENDED|2020-04-01", row(st, "SELECT CONCAT_WS('|', status, status_on) FROM training_institution"
                    + " WHERE credit_code = '91540400MA6T0002XB'"));
            assertEquals("丙培训中心|DISQUALIFIED|2020-10-02|12|POOR_QUALITY|auditor", row(st, "SELECT CONCAT_WS('|', name, status,"
                    + " status_on, status_claim_id, status_category, created_by) FROM training_institution"
                    + " WHERE credit_code = '91540400MA6T0003XC' AND kind IS NULL AND ownership IS NULL"), "known from its clawback");
            assertEquals("3", row(st, "SELECT COUNT(*) FROM institution_status_change WHERE from_status IS NULL"),
                    "each history starts with the status as it stands");
            assertEquals("DISQUALIFIED|12", row(st, "SELECT CONCAT_WS('|', h.to_status, h.claim_id) FROM institution_status_change h"
                    + " JOIN training_institution i ON i.id = h.institution_id WHERE i.credit_code = '91540400MA6T0003XC'"));
            try (ResultSet tables = c.getMetaData().getTables("subsidy_v7", null, "disqualified_institution", null)) {
                assertFalse(tables.next(), "the old register is gone");
            }
        }
        try (Connection admin = DriverManager.getConnection(server, user, password); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE subsidy_v7");
        }
    }

    private static String row(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
