package gov.linzhi.subsidy.catalogue;

import gov.linzhi.platform.audit.AuditAction;
import gov.linzhi.platform.audit.AuditLog;
import gov.linzhi.platform.audit.AuditSubject;
import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.lists.Found;
import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.InstitutionStanding.Standing;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The training project catalogue (7.16 培训项目目录): listing and changes, each audited, and a project's terms. */
@ApplicationScoped
public class ProjectService {

    public static final String PROJECT_NOT_FOUND = "PROJECT_NOT_FOUND";
    public static final String INSTITUTION_NOT_APPROVED_FOR = "INSTITUTION_NOT_APPROVED_FOR";

    @Inject
    AuditLog audit;

    @Transactional
    public ProjectView create(ProjectRequest r, String actor) {
        TrainingProject p = new TrainingProject();
        apply(p, r);
        p.createdBy = actor;
        p.persist();
        audit.append(actor, AuditAction.of("PROJECT_LISTED"), AuditSubject.of("project", p.id), CatalogueAuditDetails.of(p));
        return ProjectView.of(p);
    }

    @Transactional
    public ProjectView update(long id, ProjectRequest r, String actor) {
        TrainingProject p = project(id);
        Map<String, Object> before = CatalogueAuditDetails.of(p);
        apply(p, r);
        audit.append(actor, AuditAction.of("PROJECT_UPDATED"), AuditSubject.of("project", p.id), CatalogueAuditDetails.beforeAfter(before, CatalogueAuditDetails.of(p)));
        return ProjectView.of(p);
    }

    @Transactional
    public ProjectView get(long id) {
        return ProjectView.of(project(id));
    }

    @Transactional
    public Found<ProjectView> list(String occupation, Level level, String county, InstitutionKind kind, Programme programme,
            int page, int size) {
        StringBuilder q = new StringBuilder(" where 1 = 1");
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
        List<ProjectView> items = TrainingProject.<TrainingProject>find("from TrainingProject p join fetch p.institution i" + q + " order by p.id",
                params).page(page, size).list().stream().map(ProjectView::of).toList();
        return new Found<>(items, TrainingProject.count("from TrainingProject p join p.institution i" + q, params));
    }

    /** The terms of a catalogued project, for the cases that name it; empty when there is no such project. */
    public Optional<ProjectTerms> terms(long projectId) {
        return TrainingProject.<TrainingProject>find("from TrainingProject p join fetch p.institution where p.id = ?1", projectId)
                .firstResultOptional()
                .map(p -> new ProjectTerms(p.id, p.programme, InstitutionView.level(p.levelKey), p.occupation, p.occupationKey,
                        p.endsOn, p.mandatedContent, p.institution.name, p.institution.creditCode, p.projectBased));
    }

    private TrainingProject project(long id) {
        return TrainingProject.<TrainingProject>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound(PROJECT_NOT_FOUND, "no project " + id + " in the catalogue"));
    }

    private void apply(TrainingProject p, ProjectRequest r) {
        if (r.programme() == Programme.SKILL_CERTIFICATE) {
            throw DomainException.invalid("programme", "a project is a training: SKILL_CERTIFICATE is paid to the person, not for a project");
        }
        if (r.endsOn().isBefore(r.startsOn())) {
            throw DomainException.invalid("endsOn", "before startsOn");
        }
        TrainingInstitution i = TrainingInstitution.<TrainingInstitution>findByIdOptional(r.institutionId())
                .orElseThrow(() -> DomainException.invalid("institutionId", "no institution " + r.institutionId() + " in the catalogue"));
        String occupationKey = EvaluationCase.occupationKey(r.occupation());
        String levelKey = Level.keyOf(r.level());
        Standing s = i.standingFor(occupationKey, levelKey);
        if (s != Standing.APPROVED) {
            throw DomainException.unprocessable(INSTITUTION_NOT_APPROVED_FOR, "institution " + i.id + " cannot run this project: "
                    + s.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + r.occupation().strip() + ", " + levelKey + ")");
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
}
