package db.migration;

import gov.linzhi.subsidy.identity.PersonDataCrypto;
import gov.linzhi.subsidy.identity.ResidentIds;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * One person is one person: a resident ID once accepted with full-width digits or digits of another script
 * (５４０４…) made a person row of its own, with its own claims and limits. Each stored ID is decrypted and folded
 * to ASCII; a row whose folded ID another row already holds is merged into that row (its claims follow), any other
 * is rewritten under its folded ID. Needs the person-data keys, as the service does.
 */
public class V6__merge_persons_by_canonical_resident_id extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V6__merge_persons_by_canonical_resident_id.class);

    private record Row(long id, String encryptedId) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        var config = ConfigProvider.getConfig();
        PersonDataCrypto crypto = new PersonDataCrypto(
                PersonDataCrypto.decodeKey("PERSON_DATA_KEY", config.getValue("subsidy.person-data.encryption-key", String.class)),
                PersonDataCrypto.decodeKey("PERSON_LOOKUP_KEY", config.getValue("subsidy.person-data.lookup-key", String.class)));
        Connection db = context.getConnection();
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement all = db.prepareStatement("SELECT id, encrypted_id FROM person ORDER BY id");
             ResultSet rs = all.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2)));
            }
        }
        int merged = 0;
        int rewritten = 0;
        for (Row row : rows) {
            String stored = crypto.decrypt(row.encryptedId());
            String canonical = ResidentIds.normalise(stored);
            if (canonical.equals(stored)) {
                continue;
            }
            String hash = crypto.lookupHash(canonical);
            Long holder = null;
            try (PreparedStatement find = db.prepareStatement("SELECT id FROM person WHERE lookup_hash = ? AND id <> ?")) {
                find.setString(1, hash);
                find.setLong(2, row.id());
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        holder = rs.getLong(1);
                    }
                }
            }
            if (holder != null) {
                try (PreparedStatement move = db.prepareStatement("UPDATE claim SET person_id = ? WHERE person_id = ?");
                     PreparedStatement drop = db.prepareStatement("DELETE FROM person WHERE id = ?")) {
                    move.setLong(1, holder);
                    move.setLong(2, row.id());
                    move.executeUpdate();
                    drop.setLong(1, row.id());
                    drop.executeUpdate();
                }
                merged++;
            } else {
                try (PreparedStatement update = db.prepareStatement(
                        "UPDATE person SET lookup_hash = ?, encrypted_id = ?, masked_id = ? WHERE id = ?")) {
                    update.setString(1, hash);
                    update.setString(2, crypto.encrypt(canonical));
                    update.setString(3, ResidentIds.mask(canonical));
                    update.setLong(4, row.id());
                    update.executeUpdate();
                }
                rewritten++;
            }
        }
        LOG.infof("resident IDs folded to ASCII: %d person rows merged into another, %d rewritten", merged, rewritten);
    }
}
