package db.migration;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.subsidy.TestIds;
import gov.linzhi.subsidy.identity.PersonDataCrypto;
import gov.linzhi.subsidy.identity.ResidentIds;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * V6 on rows the first version could leave behind: a person first recorded under a full-width spelling of an ID
 * that also exists in ASCII is merged into the ASCII row with its claims; one recorded only in full width is
 * rewritten under the ASCII ID. Runs the migration itself against the service's MariaDB.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class MergePersonsMigrationTest {

    @Inject
    DataSource dataSource;

    @Inject
    PersonDataCrypto crypto;

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.appendCodePoint(c == 'X' ? 'Ｘ' : '０' + (c - '0')));
        return out.toString();
    }

    private long person(Connection c, String storedId) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO person (lookup_hash, encrypted_id, masked_id) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, crypto.lookupHash(storedId));
            insert.setString(2, crypto.encrypt(storedId));
            insert.setString(3, "test");
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void claim(Connection c, long person) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO claim (person_id, idempotency_key_hash, request_hash, programme, family, occupation, occupation_key, level_key,
                    training_year, training_completed_on, status, amount, advance_amount, transport_allowance, rule_set_version,
                    request_json, decision_json, created_by, payee)
                VALUES (?, ?, ?, 'ENTERPRISE_TRAINING', 'TRAINING', '电工', '电工', 'LEVEL_4', 2020, '2020-06-30', 'APPROVED',
                    1500.00, 450.00, 0.00, '2019-2021.2', '{}', '{}', 'test', 'ENTERPRISE')""")) {
            insert.setLong(1, person);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setString(3, "0".repeat(64));
            insert.executeUpdate();
        }
    }

    private static long count(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void personsWrittenInOtherDigitsAreMergedOrRewrittenUnderTheirAsciiId() throws Exception {
        String both = TestIds.residentId();
        String onlyWide = TestIds.residentId();
        try (Connection c = dataSource.getConnection()) {
            long ascii = person(c, both);
            long wide = person(c, fullWidth(both));
            long lonely = person(c, fullWidth(onlyWide));
            claim(c, ascii);
            claim(c, wide);
            claim(c, wide);
            claim(c, lonely);
            Context context = new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return c;
                }
            };
            new V6__merge_persons_by_canonical_resident_id().migrate(context);

            assertEquals(0, count(c, "SELECT COUNT(*) FROM person WHERE id = ?", wide), "the full-width row is merged away");
            assertEquals(3, count(c, "SELECT COUNT(*) FROM claim WHERE person_id = ?", ascii), "its claims follow");
            assertEquals(1, count(c, "SELECT COUNT(*) FROM person WHERE id = ? AND lookup_hash = ? AND masked_id = ?", lonely,
                    crypto.lookupHash(onlyWide), ResidentIds.mask(onlyWide)), "a row alone is rewritten under its ASCII ID");
            try (PreparedStatement q = c.prepareStatement("SELECT encrypted_id FROM person WHERE id = ?")) {
                q.setLong(1, lonely);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    assertEquals(onlyWide, crypto.decrypt(rs.getString(1)));
                }
            }
            // running it again changes nothing
            new V6__merge_persons_by_canonical_resident_id().migrate(context);
            assertEquals(3, count(c, "SELECT COUNT(*) FROM claim WHERE person_id = ?", ascii));
        }
    }
}
