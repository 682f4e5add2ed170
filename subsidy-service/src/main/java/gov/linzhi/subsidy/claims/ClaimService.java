package gov.linzhi.subsidy.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.audit.AuditAction;
import gov.linzhi.platform.audit.AuditLog;
import gov.linzhi.platform.audit.AuditSubject;
import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.lists.Found;
import gov.linzhi.platform.persistence.TransactionRetry;
import gov.linzhi.subsidy.api.ClaimView;
import gov.linzhi.subsidy.api.DecisionMapper;
import gov.linzhi.subsidy.api.DecisionView;
import gov.linzhi.subsidy.api.EvaluationRequest;
import gov.linzhi.subsidy.catalogue.CatalogueStanding;
import gov.linzhi.subsidy.catalogue.InstitutionService;
import gov.linzhi.subsidy.evaluations.ProjectCases;
import gov.linzhi.subsidy.identity.PersonDataCrypto;
import gov.linzhi.subsidy.identity.ResidentIds;
import gov.linzhi.subsidy.rules.Decision;
import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.SubsidyEngine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records claims, each in one transaction. The decision is taken while the person's row is written and so locked
 * ({@link HistoryRepository#lockForClaim}), so the annual limit and the once-per-occupation-and-level rule hold under
 * any concurrency, across instances and across the nodes of a Galera cluster; a transaction the database aborts for a
 * conflict runs again whole ({@link TransactionRetry}). Idempotency keys are unique in the database (as keyed hashes)
 * and bound to a keyed hash of the body.
 */
@ApplicationScoped
public class ClaimService {

    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    public static final String CLAIM_NOT_FOUND = "CLAIM_NOT_FOUND";
    public static final String CLAIM_NOT_APPROVED = "CLAIM_NOT_APPROVED";
    public static final String CLAIM_ALREADY_CLAWED_BACK = "CLAIM_ALREADY_CLAWED_BACK";

    @Inject
    PersonDataCrypto crypto;

    @Inject
    HistoryRepository history;

    @Inject
    gov.linzhi.subsidy.rulesets.RuleSetRegistry registry;

    @Inject
    DecisionMapper mapper;

    @Inject
    AuditLog audit;

    @Inject
    CatalogueStanding catalogue;

    @Inject
    InstitutionService institutions;

    @Inject
    ProjectCases projectCases;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    TransactionRetry retry;

    /** A claim and whether it is the replay of an earlier request with the same key. */
    public record Outcome(ClaimView claim, boolean replayed) {
    }

    public Outcome submit(EvaluationRequest body, String idempotencyKey, String actor) {
        String keyHash = crypto.idempotencyKeyHash(idempotencyKey);
        String bodyHash = crypto.hmac(bytes(body));
        String residentId = ResidentIds.normalise(body.personId());
        Claimant claimant = new Claimant(crypto.lookupHash(residentId), crypto.encrypt(residentId), ResidentIds.mask(residentId));
        try {
            return retry.call(() -> QuarkusTransaction.requiringNew().call(() -> decide(body, claimant, keyHash, bodyHash, actor)));
        } catch (DomainException e) {
            // refused now (a project since withdrawn, say), yet maybe the replay of a claim recorded before
            return replayAlone(keyHash, bodyHash).orElseThrow(() -> e);
        } catch (PersistenceException e) {
            // the key is recorded already (unique in the database): by an earlier request, or a concurrent one
            return replayAlone(keyHash, bodyHash).orElseThrow(() -> e);
        }
    }

    /** The resident ID as the person row stores it, prepared before the transaction. */
    private record Claimant(String lookupHash, String encryptedId, String maskedId) {
    }

    /**
     * One transaction, in as few statements as the rules allow: the person's row written and locked, with the claims
     * that count, with the rule sets' stamp (two statements); the project and institution the case names, if any; the
     * claim; its audit entry. A replay is not looked for first: the key's unique index refuses the second insert and
     * {@link #submit} answers with the claim recorded under it.
     */
    private Outcome decide(EvaluationRequest body, Claimant claimant, String keyHash, String bodyHash, String actor) {
        HistoryRepository.Locked locked = history.lockForClaim(claimant.lookupHash(), claimant.encryptedId(), claimant.maskedId());
        PersonClaims person = locked.person();
        ProjectCases.Resolved resolved = projectCases.resolve(body);
        EvaluationRequest r = mapper.withDefaults(resolved.request());
        EvaluationCase c = DecisionMapper.toCase(r, resolved.projectBased());
        Decision decision = SubsidyEngine.evaluate(registry.freshAt(locked.ruleSets()), c, person.historyIn(c.trainingCompletedOn().getYear()),
                catalogue::standing);
        Claim claim = new Claim();
        claim.idempotencyKeyHash = keyHash;
        claim.requestHash = bodyHash;
        claim.programme = c.programme();
        claim.family = c.programme().family();
        claim.occupation = c.occupation().strip();
        claim.occupationKey = c.occupationKey();
        claim.levelKey = Level.keyOf(c.effectiveLevel());
        claim.trainingYear = c.trainingCompletedOn().getYear();
        claim.trainingCompletedOn = c.trainingCompletedOn();
        claim.institutionCode = c.institutionCreditCode();
        claim.projectId = r.projectId();
        claim.status = decision.eligible() ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
        claim.amount = decision.amount();
        claim.advanceAmount = decision.advanceAmount();
        claim.transportAllowance = decision.transportAllowance();
        claim.ruleSetVersion = decision.ruleSetVersion();
        claim.requestJson = text(r.withoutPerson());
        claim.payee = decision.payee();
        DecisionRecord recorded = DecisionRecord.of(decision);
        claim.decisionJson = recorded.json();
        claim.createdBy = actor;
        // the column's precision: the claim reads back as it is answered now
        claim.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Claim.getEntityManager().unwrap(Session.class).doWork(connection -> ClaimRows.insert(connection, person.id(), claim));

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("personId", person.maskedId());
        details.put("programme", claim.programme.name());
        details.put("status", claim.status.name());
        details.put("amount", claim.amount);
        details.put("ruleSetVersion", claim.ruleSetVersion);
        details.put("projectId", claim.projectId);
        details.put("reasons", decision.reasons().stream().map(x -> x.code().name()).toList());
        audit.append(actor, AuditAction.of("CLAIM_DECIDED"), AuditSubject.of("claim", claim.id), details);
        // answered from the record as stored, so that a replay answers exactly the same
        return new Outcome(view(claim, person.maskedId(), recorded.decision(claim.payee)), false);
    }

    private Optional<Outcome> replayAlone(String keyHash, String bodyHash) {
        return QuarkusTransaction.requiringNew().call(() -> replay(keyHash, bodyHash));
    }

    private Optional<Outcome> replay(String keyHash, String bodyHash) {
        Optional<Claim> existing = Claim.find("from Claim c join fetch c.person where c.idempotencyKeyHash = ?1", keyHash).firstResultOptional();
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        if (!existing.get().requestHash.equals(bodyHash)) {
            throw DomainException.conflict(IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key was already used for a different request body; use a new key for a new claim");
        }
        return Optional.of(new Outcome(view(existing.get()), true));
    }

    @Transactional
    public ClaimView get(long id) {
        return view(find(id, false));
    }

    @Transactional
    public Found<ClaimView> list(String personId, Integer year, ClaimStatus status, int page, int size) {
        StringBuilder q = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (personId != null) {
            q.append(" and p.lookupHash = :hash");
            params.put("hash", history.lookupHash(personId));
        }
        if (year != null) {
            q.append(" and c.trainingYear = :year");
            params.put("year", year);
        }
        if (status != null) {
            q.append(" and c.status = :status");
            params.put("status", status);
        }
        List<ClaimView> items = Claim.<Claim>find("from Claim c join fetch c.person p" + q + " order by c.id", params)
                .page(page, size).list().stream().map(this::view).toList();
        return new Found<>(items, Claim.count("from Claim c join c.person p" + q, params));
    }

    /**
     * 7.17: the claim is clawed back; for fraud or poor quality the institution it names is disqualified as well
     * (区分不同情况对待: an administrative error recovers the money only).
     */
    @Transactional
    public ClaimView clawback(long id, ClawbackCategory category, String reason, String actor) {
        Claim claim = find(id, true);
        if (claim.status != ClaimStatus.APPROVED) {
            throw DomainException.conflict(CLAIM_NOT_APPROVED, "claim " + id + " was rejected: nothing was paid to claw back");
        }
        if (claim.clawedBackAt != null) {
            throw DomainException.conflict(CLAIM_ALREADY_CLAWED_BACK, "claim " + id + " was clawed back on " + claim.clawedBackAt);
        }
        claim.clawedBackAt = Instant.now(clock);
        claim.clawedBackBy = actor;
        claim.clawbackReason = reason;
        claim.clawbackCategory = category;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("personId", claim.person.maskedId);
        details.put("amountRecovered", claim.amount);
        details.put("category", category.name());
        details.put("reason", reason);
        details.put("institution", claim.institutionCode);
        audit.append(actor, AuditAction.of("CLAIM_CLAWED_BACK"), AuditSubject.of("claim", id), details);
        if (!category.disqualifies()) {
            return view(claim);
        }
        if (claim.institutionCode != null) {
            institutions.disqualifyForClaim(claim.institutionCode, institutionName(claim), claim.id, category.name(), reason, actor);
        }
        return view(claim);
    }

    private Claim find(long id, boolean lock) {
        var query = Claim.<Claim>find("from Claim c join fetch c.person where c.id = ?1", id);
        Optional<Claim> claim = lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional() : query.firstResultOptional();
        return claim.orElseThrow(() -> DomainException.notFound(CLAIM_NOT_FOUND, "no claim " + id));
    }

    private String institutionName(Claim claim) {
        try {
            EvaluationRequest r = json.readValue(claim.requestJson, EvaluationRequest.class);
            return r.institution() == null ? "" : r.institution().name();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ClaimView view(Claim c) {
        return view(c, c.person.maskedId, DecisionRecord.read(c.decisionJson).decision(c.payee));
    }

    private ClaimView view(Claim c, String maskedId, Decision recorded) {
        DecisionView decision = mapper.view(maskedId, recorded);
        ClaimView.ClawbackView clawback = c.clawedBackAt == null ? null
                : new ClaimView.ClawbackView(c.clawedBackAt, c.clawedBackBy, c.clawbackCategory, c.clawbackReason, c.amount,
                c.clawbackCategory != null && c.clawbackCategory.disqualifies() ? c.institutionCode : null);
        return new ClaimView(c.id, c.status, maskedId, c.programme, c.occupation, c.trainingCompletedOn, c.createdAt,
                c.payee, decision, clawback);
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
