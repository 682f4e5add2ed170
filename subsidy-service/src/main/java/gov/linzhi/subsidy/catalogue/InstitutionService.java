package gov.linzhi.subsidy.catalogue;

import gov.linzhi.platform.audit.AuditAction;
import gov.linzhi.platform.audit.AuditLog;
import gov.linzhi.platform.audit.AuditSubject;
import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.lists.Found;
import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The institution catalogue (7.16) and its register of disqualification (7.17): listing and changes, each audited. */
@ApplicationScoped
public class InstitutionService {

    public static final String INSTITUTION_NOT_FOUND = "INSTITUTION_NOT_FOUND";
    public static final String INSTITUTION_EXISTS = "INSTITUTION_EXISTS";

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public InstitutionView create(InstitutionRequest r, String actor) {
        if (TrainingInstitution.count("creditCode", r.creditCode()) > 0) {
            throw exists(r.creditCode());
        }
        TrainingInstitution i = TrainingInstitution.listed(r.creditCode(), LocalDate.now(clock), actor);
        apply(i, r);
        try {
            i.persistAndFlush();
        } catch (PersistenceException e) {
            throw exists(r.creditCode());
        }
        audit.append(actor, AuditAction.of("INSTITUTION_LISTED"), AuditSubject.of("institution", i.id), CatalogueAuditDetails.of(i));
        return InstitutionView.of(i);
    }

    @Transactional
    public InstitutionView update(long id, InstitutionRequest r, String actor) {
        TrainingInstitution i = institution(id);
        if (!i.creditCode.equals(r.creditCode()) && TrainingInstitution.count("creditCode", r.creditCode()) > 0) {
            throw exists(r.creditCode());
        }
        Map<String, Object> before = CatalogueAuditDetails.of(i);
        apply(i, r);
        try {
            i.persistAndFlush();
        } catch (PersistenceException e) {
            throw exists(r.creditCode());
        }
        audit.append(actor, AuditAction.of("INSTITUTION_UPDATED"), AuditSubject.of("institution", i.id), CatalogueAuditDetails.beforeAfter(before, CatalogueAuditDetails.of(i)));
        return InstitutionView.of(i);
    }

    @Transactional
    public InstitutionView changeStatus(long id, StatusRequest r, String actor) {
        TrainingInstitution i = institution(id);
        change(i, new StatusChange(r.status(), LocalDate.now(clock), r.claimId(), r.reason().strip(), null, actor));
        return InstitutionView.of(i);
    }

    /**
     * 7.17: a clawed-back claim disqualifies the institution it names, in the clawback's transaction; one the
     * catalogue does not list enters it as known from the clawback. Already disqualified: nothing changes.
     */
    public void disqualifyForClaim(String creditCode, String name, long claimId, String category, String reason, String actor) {
        StatusChange disqualification = StatusChange.disqualifiedForClaim(claimId, category, reason, LocalDate.now(clock), actor);
        Optional<TrainingInstitution> listed = TrainingInstitution.<TrainingInstitution>find("creditCode", creditCode).firstResultOptional();
        if (listed.isEmpty()) {
            TrainingInstitution i = TrainingInstitution.knownFromClawback(creditCode, name, disqualification);
            i.persist();
            audit.append(actor, AuditAction.of("INSTITUTION_STATUS_CHANGED"), AuditSubject.of("institution", i.id),
                    CatalogueAuditDetails.change(i, "NOT_LISTED", disqualification));
        } else if (!listed.get().isDisqualified()) {
            change(listed.get(), disqualification);
        }
    }

    private void change(TrainingInstitution i, StatusChange c) {
        String before = i.status().name();
        i.changeStatus(c);
        audit.append(c.actor(), AuditAction.of("INSTITUTION_STATUS_CHANGED"), AuditSubject.of("institution", i.id), CatalogueAuditDetails.change(i, before, c));
    }

    @Transactional
    public InstitutionView get(long id) {
        return InstitutionView.of(institution(id));
    }

    @Transactional
    public Found<InstitutionView> list(String occupation, Level level, InstitutionKind kind, String county,
            InstitutionStatus status, int page, int size) {
        StringBuilder q = new StringBuilder(" from TrainingInstitution i left join i.approvals a where 1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (occupation != null) {
            q.append(" and a.occupationKey = :occupation");
            p.put("occupation", EvaluationCase.occupationKey(occupation));
        }
        if (level != null) {
            q.append(" and a.levelKey = :level");
            p.put("level", level.name());
        }
        if (kind != null) {
            q.append(" and i.kind = :kind");
            p.put("kind", kind);
        }
        if (county != null) {
            q.append(" and i.county = :county");
            p.put("county", county.strip());
        }
        if (status != null) {
            q.append(" and i.status = :status");
            p.put("status", status);
        }
        List<InstitutionView> items = TrainingInstitution.<TrainingInstitution>find("select distinct i" + q + " order by i.id", p)
                .page(page, size).list().stream().map(InstitutionView::of).toList();
        var count = TrainingInstitution.getEntityManager().createQuery("select count(distinct i)" + q, Long.class);
        p.forEach(count::setParameter);
        return new Found<>(items, count.getSingleResult());
    }

    TrainingInstitution institution(long id) {
        return TrainingInstitution.<TrainingInstitution>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound(INSTITUTION_NOT_FOUND, "no institution " + id + " in the catalogue"));
    }

    private static DomainException exists(String creditCode) {
        return DomainException.conflict(INSTITUTION_EXISTS, "an institution with credit code " + creditCode + " is already listed");
    }

    private static void apply(TrainingInstitution i, InstitutionRequest r) {
        i.name = r.name().strip();
        i.creditCode = r.creditCode();
        i.kind = r.kind();
        i.ownership = r.ownership();
        i.county = r.county() == null || r.county().isBlank() ? null : r.county().strip();
        Set<Approval> approvals = new LinkedHashSet<>();
        for (InstitutionRequest.ApprovalEntry e : r.approvals()) {
            Approval a = new Approval();
            a.occupation = e.occupation().strip();
            a.occupationKey = EvaluationCase.occupationKey(e.occupation());
            a.levelKey = Level.keyOf(e.level());
            approvals.add(a);
        }
        i.approvals.clear();
        i.approvals.addAll(approvals);
    }
}
