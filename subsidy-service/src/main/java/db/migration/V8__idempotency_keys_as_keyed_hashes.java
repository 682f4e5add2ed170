package db.migration;

import gov.linzhi.subsidy.identity.PersonDataCrypto;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A claim's Idempotency-Key was stored as the client sent it, and a client may put a resident ID or a case number
 * in it. From here on only its keyed hash is stored ({@link PersonDataCrypto#idempotencyKeyHash}): this migration
 * hashes the keys of the claims already recorded, so a replay of any of them still finds its claim, and drops the
 * column that held them. Needs the person-data keys, as the service does.
 */
public class V8__idempotency_keys_as_keyed_hashes extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V8__idempotency_keys_as_keyed_hashes.class);

    @Override
    public void migrate(Context context) throws Exception {
        var config = ConfigProvider.getConfig();
        PersonDataCrypto crypto = new PersonDataCrypto(
                PersonDataCrypto.decodeKey("PERSON_DATA_KEY", config.getValue("subsidy.person-data.encryption-key", String.class)),
                PersonDataCrypto.decodeKey("PERSON_LOOKUP_KEY", config.getValue("subsidy.person-data.lookup-key", String.class)));
        Connection db = context.getConnection();
        try (Statement st = db.createStatement()) {
            st.execute("ALTER TABLE claim ADD COLUMN idempotency_key_hash CHAR(64) NULL");
        }
        Map<Long, String> keys = new LinkedHashMap<>();
        try (PreparedStatement all = db.prepareStatement("SELECT id, idempotency_key FROM claim ORDER BY id");
             ResultSet rs = all.executeQuery()) {
            while (rs.next()) {
                keys.put(rs.getLong(1), rs.getString(2));
            }
        }
        try (PreparedStatement update = db.prepareStatement("UPDATE claim SET idempotency_key_hash = ? WHERE id = ?")) {
            for (var e : keys.entrySet()) {
                update.setString(1, crypto.idempotencyKeyHash(e.getValue()));
                update.setLong(2, e.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement st = db.createStatement()) {
            st.execute("ALTER TABLE claim DROP INDEX uq_claim_idempotency_key, DROP COLUMN idempotency_key,"
                    + " MODIFY idempotency_key_hash CHAR(64) NOT NULL,"
                    + " ADD CONSTRAINT uq_claim_idempotency_key UNIQUE (idempotency_key_hash)");
        }
        LOG.infof("idempotency keys of %d claims replaced by their keyed hashes", keys.size());
    }
}
