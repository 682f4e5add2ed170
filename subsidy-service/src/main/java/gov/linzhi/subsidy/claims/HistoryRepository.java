package gov.linzhi.subsidy.claims;

import gov.linzhi.subsidy.identity.PersonDataCrypto;
import gov.linzhi.subsidy.identity.ResidentIds;
import gov.linzhi.subsidy.rules.Payee;
import gov.linzhi.subsidy.rules.PersonHistory;
import gov.linzhi.subsidy.rules.Programme;
import gov.linzhi.subsidy.rulesets.RuleSetRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads what recorded claims mean for a person. */
@ApplicationScoped
public class HistoryRepository {

    @Inject
    PersonDataCrypto crypto;

    @Inject
    EntityManager em;

    public String lookupHash(String residentId) {
        return crypto.lookupHash(ResidentIds.normalise(residentId));
    }

    public Optional<PersonRecord> person(String residentId) {
        return PersonRecord.find("lookupHash", lookupHash(residentId)).firstResultOptional();
    }

    /**
     * The person's row, created if this is their first claim, written and so locked until the transaction ends, with
     * the claims that count for the limits; two statements. The write is on purpose: two claims for one person always
     * write the same row, so they conflict on every topology (InnoDB's row lock on one server; Galera certification,
     * which does not replicate {@code SELECT … FOR UPDATE}, across nodes), and {@code claims_recorded} counts the
     * person's claim rows. It must be the transaction's first statement: InnoDB takes the read view of a transaction at
     * its first plain read, so every read after the lock sees the claims committed by whoever held it before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Locked lockForClaim(String lookupHash, String encryptedId, String maskedId) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_PERSON)) {
                upsert.setString(1, lookupHash);
                upsert.setString(2, encryptedId);
                upsert.setString(3, maskedId);
                upsert.executeUpdate();
            }
            RuleSetRegistry.Stamp[] stamp = new RuleSetRegistry.Stamp[1];
            PersonClaims person = read(connection, READ_PERSON_WITH_RULE_SET_STAMP, lookupHash,
                    row -> stamp[0] = new RuleSetRegistry.Stamp(row.getLong(8), row.getLong(9))).orElseThrow();
            return new Locked(person, stamp[0]);
        });
    }

    /** The person's row locked for a claim, and the rule sets' stamp read in the same statement (a round trip less). */
    public record Locked(PersonClaims person, RuleSetRegistry.Stamp ruleSets) {
    }

    /** What the person's recorded claims mean for a case completed in {@code year}, read without a lock (evaluations). */
    @Transactional
    public PersonHistory history(String residentId, int year) {
        String hash = lookupHash(residentId);
        return em.unwrap(Session.class).doReturningWork(connection -> read(connection, READ_PERSON, hash, row -> { }))
                .map(p -> p.historyIn(year)).orElse(PersonHistory.NONE);
    }

    private static final String UPSERT_PERSON = "INSERT INTO person (lookup_hash, encrypted_id, masked_id, claims_recorded) VALUES (?, ?, ?, 1) "
            + "ON DUPLICATE KEY UPDATE claims_recorded = claims_recorded + 1";
    private static final String PERSON_COLUMNS = "SELECT p.id, p.masked_id, c.family, c.occupation_key, c.level_key, c.training_year, c.payee";
    private static final String PERSON_JOIN = " FROM person p "
            + "LEFT JOIN claim c ON c.person_id = p.id AND c.status = 'APPROVED' AND c.clawed_back_at IS NULL WHERE p.lookup_hash = ?";
    private static final String READ_PERSON = PERSON_COLUMNS + PERSON_JOIN;
    private static final String READ_PERSON_WITH_RULE_SET_STAMP = PERSON_COLUMNS + ", " + RuleSetRegistry.STAMP_COLUMNS + PERSON_JOIN;

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** The person's row and their counting claims, in one statement; {@code firstRow} reads what else the statement selected. */
    private static Optional<PersonClaims> read(Connection connection, String sql, String lookupHash, RowReader firstRow) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, lookupHash);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                long id = r.getLong(1);
                String maskedId = r.getString(2);
                firstRow.read(r);
                List<PersonClaims.CountingClaim> counting = new ArrayList<>();
                do {
                    String family = r.getString(3);
                    if (family != null) {
                        String payee = r.getString(7);
                        counting.add(new PersonClaims.CountingClaim(Programme.Family.valueOf(family), r.getString(4), r.getString(5),
                                r.getInt(6), payee == null ? null : Payee.valueOf(payee)));
                    }
                } while (r.next());
                return Optional.of(new PersonClaims(id, maskedId, counting));
            }
        }
    }
}
