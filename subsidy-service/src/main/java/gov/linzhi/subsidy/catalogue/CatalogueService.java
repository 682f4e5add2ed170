package gov.linzhi.subsidy.catalogue;

import gov.linzhi.platform.problem.ApiException;
import gov.linzhi.subsidy.api.EvaluationRequest;
import gov.linzhi.subsidy.audit.AuditLog;
import gov.linzhi.subsidy.claims.DisqualifiedInstitution;
import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.InstitutionStanding;
import gov.linzhi.subsidy.rules.InstitutionStanding.Standing;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The institution and project catalogues (7.16): listing, changes (each audited), and what they mean for a case. */
@ApplicationScoped
public class CatalogueService {

    public static final String INSTITUTION_NOT_FOUND = "INSTITUTION_NOT_FOUND";
    public static final String PROJECT_NOT_FOUND = "PROJECT_NOT_FOUND";
    public static final String INSTITUTION_EXISTS = "INSTITUTION_EXISTS";
    public static final String INSTITUTION_DISQUALIFIED_FINAL = "INSTITUTION_DISQUALIFIED_FINAL";
    public static final String INSTITUTION_NOT_APPROVED_FOR = "INSTITUTION_NOT_APPROVED_FOR";

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A request with the project's fields filled in, and whether the project is project-based (项目制). */
    public record Resolved(EvaluationRequest request, boolean projectBased) {
    }

    // ---- institutions

    @Transactional
    public InstitutionView createInstitution(InstitutionRequest r, String actor) {
        if (TrainingInstitution.count("creditCode", r.creditCode()) > 0) {
            throw exists(r.creditCode());
        }
        TrainingInstitution i = new TrainingInstitution();
        apply(i, r);
        i.status = InstitutionStatus.ACTIVE;
        i.statusOn = LocalDate.now(clock);
        i.createdBy = actor;
        try {
            i.persistAndFlush();
        } catch (PersistenceException e) {
            throw exists(r.creditCode());
        }
        audit.append(actor, "INSTITUTION_LISTED", "institution/" + i.id, details(i));
        return InstitutionView.of(i);
    }

    @Transactional
    public InstitutionView updateInstitution(long id, InstitutionRequest r, String actor) {
        TrainingInstitution i = institution(id);
        if (!i.creditCode.equals(r.creditCode()) && TrainingInstitution.count("creditCode", r.creditCode()) > 0) {
            throw exists(r.creditCode());
        }
        Map<String, Object> before = details(i);
        apply(i, r);
        try {
            i.persistAndFlush();
        } catch (PersistenceException e) {
            throw exists(r.creditCode());
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("before", before);
        d.put("after", details(i));
        audit.append(actor, "INSTITUTION_UPDATED", "institution/" + i.id, d);
        return InstitutionView.of(i);
    }

    @Transactional
    public InstitutionView changeStatus(long id, StatusRequest r, String actor) {
        TrainingInstitution i = institution(id);
        if (i.status == InstitutionStatus.DISQUALIFIED) {
            throw ApiException.conflict(INSTITUTION_DISQUALIFIED_FINAL,
                    "institution " + id + " was disqualified on " + i.statusOn + " (7.17 取缔培训资格): its status no longer changes");
        }
        setStatus(i, r.status(), r.claimId(), r.reason().strip(), actor);
        return InstitutionView.of(i);
    }

    /** 7.17: a clawed-back claim disqualifies the catalogued institution it names (in the clawback's transaction). */
    public void disqualifyForClaim(String creditCode, long claimId, String category, String reason, String actor) {
        TrainingInstitution.<TrainingInstitution>find("creditCode", creditCode).firstResultOptional()
                .filter(i -> i.status != InstitutionStatus.DISQUALIFIED)
                .ifPresent(i -> {
                    setStatus(i, InstitutionStatus.DISQUALIFIED, claimId, reason, actor);
                    i.statusCategory = category;
                });
    }

    private void setStatus(TrainingInstitution i, InstitutionStatus status, Long claimId, String reason, String actor) {
        InstitutionStatus before = i.status;
        i.status = status;
        i.statusOn = LocalDate.now(clock);
        i.statusClaimId = claimId;
        i.statusReason = reason;
        i.statusCategory = null;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("creditCode", i.creditCode);
        d.put("from", before.name());
        d.put("to", status.name());
        d.put("on", i.statusOn.toString());
        d.put("claimId", claimId);
        d.put("reason", reason);
        audit.append(actor, "INSTITUTION_STATUS_CHANGED", "institution/" + i.id, d);
    }

    @Transactional
    public InstitutionView getInstitution(long id) {
        return InstitutionView.of(institution(id));
    }

    @Transactional
    public List<InstitutionView> institutions(String occupation, Level level, InstitutionKind kind, String county,
            InstitutionStatus status, int page, int size) {
        StringBuilder q = new StringBuilder("select distinct i from TrainingInstitution i left join i.approvals a where 1 = 1");
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
        q.append(" order by i.id");
        return TrainingInstitution.<TrainingInstitution>find(q.toString(), p).page(page, size).list().stream().map(InstitutionView::of).toList();
    }

    // ---- projects

    @Transactional
    public ProjectView createProject(ProjectRequest r, String actor) {
        TrainingProject p = new TrainingProject();
        apply(p, r);
        p.createdBy = actor;
        p.persist();
        audit.append(actor, "PROJECT_LISTED", "project/" + p.id, details(p));
        return ProjectView.of(p);
    }

    @Transactional
    public ProjectView updateProject(long id, ProjectRequest r, String actor) {
        TrainingProject p = project(id);
        Map<String, Object> before = details(p);
        apply(p, r);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("before", before);
        d.put("after", details(p));
        audit.append(actor, "PROJECT_UPDATED", "project/" + p.id, d);
        return ProjectView.of(p);
    }

    @Transactional
    public ProjectView getProject(long id) {
        return ProjectView.of(project(id));
    }

    @Transactional
    public List<ProjectView> projects(String occupation, Level level, String county, InstitutionKind kind, Programme programme,
            int page, int size) {
        StringBuilder q = new StringBuilder("from TrainingProject p join fetch p.institution i where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (occupation != null) {
            q.append(" and p.occupationKey = :occupation");
            params.put("occupation", EvaluationCase.occupationKey(occupation));
        }
        if (level != null) {
            q.append(" and p.levelKey = :level");
            params.put("level", level.name());
        }
        if (county != null) {
            q.append(" and p.county = :county");
            params.put("county", county.strip());
        }
        if (kind != null) {
            q.append(" and i.kind = :kind");
            params.put("kind", kind);
        }
        if (programme != null) {
            q.append(" and p.programme = :programme");
            params.put("programme", programme);
        }
        q.append(" order by p.id");
        return TrainingProject.<TrainingProject>find(q.toString(), params).page(page, size).list().stream().map(ProjectView::of).toList();
    }

    // ---- what the catalogues mean for a case

    /**
     * How an institution stands for an occupation and level. An institution outside the catalogue that the
     * older register (claims clawed back before the catalogue existed) lists is disqualified.
     */
    public Standing standing(String creditCode, String occupationKey, String levelKey) {
        Optional<TrainingInstitution> found = TrainingInstitution.<TrainingInstitution>find("creditCode", creditCode).firstResultOptional();
        if (found.isEmpty()) {
            return DisqualifiedInstitution.findById(creditCode) != null ? Standing.DISQUALIFIED : Standing.NOT_LISTED;
        }
        TrainingInstitution i = found.get();
        if (i.status == InstitutionStatus.DISQUALIFIED) {
            return Standing.DISQUALIFIED;
        }
        boolean approved = i.approvals.stream().anyMatch(a -> a.occupationKey.equals(occupationKey) && a.levelKey.equals(levelKey));
        if (!approved) {
            return Standing.NOT_APPROVED_FOR;
        }
        return i.status == InstitutionStatus.SUSPENDED ? Standing.SUSPENDED : Standing.APPROVED;
    }

    /** A standing that asks the database once per institution, occupation and level (batches). */
    public InstitutionStanding memoised() {
        Map<String, Standing> seen = new HashMap<>();
        return (code, occupation, level) -> seen.computeIfAbsent(code + "\u0000" + occupation + "\u0000" + level,
                k -> standing(code, occupation, level));
    }

    /**
     * Fills a case naming a project with the project's programme, occupation, level, institution, mandated content
     * and end date; a field the case gives must agree with the project.
     */
    public Resolved resolve(EvaluationRequest r) {
        if (r.projectId() == null) {
            return new Resolved(r, false);
        }
        TrainingProject p = TrainingProject.<TrainingProject>find("from TrainingProject p join fetch p.institution where p.id = ?1", r.projectId())
                .firstResultOptional()
                .orElseThrow(() -> ApiException.invalid("projectId", "no project " + r.projectId() + " in the catalogue"));
        Level level = InstitutionView.level(p.levelKey);
        mismatch("programme", r.programme(), p.programme);
        mismatch("level", r.level(), level);
        if (r.occupation() != null && !EvaluationCase.occupationKey(r.occupation()).equals(p.occupationKey)) {
            throw ApiException.invalid("occupation", "differs from project " + p.id + " (" + p.occupation + ")");
        }
        if (r.institution() != null) {
            mismatch("institution.creditCode", r.institution().creditCode(), p.institution.creditCode);
        }
        mismatch("includesMandatedContent", r.includesMandatedContent(), p.mandatedContent);
        EvaluationRequest filled = r.fromProject(p.programme, level, p.occupation, p.endsOn, p.mandatedContent,
                new EvaluationRequest.Institution(p.institution.name, p.institution.creditCode));
        return new Resolved(filled, p.projectBased);
    }

    private static void mismatch(String field, Object given, Object project) {
        if (given != null && !Objects.equals(given, project)) {
            throw ApiException.invalid(field, "differs from the project named by projectId (" + project + ")");
        }
    }

    // ---- helpers

    private TrainingInstitution institution(long id) {
        return TrainingInstitution.<TrainingInstitution>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound(INSTITUTION_NOT_FOUND, "no institution " + id + " in the catalogue"));
    }

    private TrainingProject project(long id) {
        return TrainingProject.<TrainingProject>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound(PROJECT_NOT_FOUND, "no project " + id + " in the catalogue"));
    }

    private static ApiException exists(String creditCode) {
        return ApiException.conflict(INSTITUTION_EXISTS, "an institution with credit code " + creditCode + " is already listed");
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

    private void apply(TrainingProject p, ProjectRequest r) {
        if (r.programme() == Programme.SKILL_CERTIFICATE) {
            throw ApiException.invalid("programme", "a project is a training: SKILL_CERTIFICATE is paid to the person, not for a project");
        }
        if (r.endsOn().isBefore(r.startsOn())) {
            throw ApiException.invalid("endsOn", "before startsOn");
        }
        TrainingInstitution i = TrainingInstitution.<TrainingInstitution>findByIdOptional(r.institutionId())
                .orElseThrow(() -> ApiException.invalid("institutionId", "no institution " + r.institutionId() + " in the catalogue"));
        String occupationKey = EvaluationCase.occupationKey(r.occupation());
        String levelKey = Level.keyOf(r.level());
        Standing s = standing(i.creditCode, occupationKey, levelKey);
        if (s != Standing.APPROVED) {
            throw ApiException.unprocessable(INSTITUTION_NOT_APPROVED_FOR, "institution " + i.id + " cannot run this project: "
                    + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (" + r.occupation().strip() + ", " + levelKey + ")");
        }
        p.name = r.name().strip();
        p.programme = r.programme();
        p.occupation = r.occupation().strip();
        p.occupationKey = occupationKey;
        p.levelKey = levelKey;
        p.institution = i;
        p.startsOn = r.startsOn();
        p.endsOn = r.endsOn();
        p.capacity = r.capacity();
        p.county = r.county().strip();
        p.projectBased = r.projectBased();
        p.mandatedContent = r.includesMandatedContent();
    }

    private static Map<String, Object> details(TrainingInstitution i) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("creditCode", i.creditCode);
        d.put("name", i.name);
        d.put("kind", i.kind.name());
        d.put("ownership", i.ownership.name());
        d.put("county", i.county);
        d.put("status", i.status == null ? InstitutionStatus.ACTIVE.name() : i.status.name());
        d.put("approvals", i.approvals.stream().map(a -> a.occupation + "/" + a.levelKey).toList());
        return d;
    }

    private static Map<String, Object> details(TrainingProject p) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", p.name);
        d.put("programme", p.programme.name());
        d.put("occupation", p.occupation);
        d.put("level", p.levelKey);
        d.put("institutionId", p.institution.id);
        d.put("startsOn", p.startsOn.toString());
        d.put("endsOn", p.endsOn.toString());
        d.put("capacity", p.capacity);
        d.put("county", p.county);
        d.put("projectBased", p.projectBased);
        d.put("includesMandatedContent", p.mandatedContent);
        return d;
    }
}
