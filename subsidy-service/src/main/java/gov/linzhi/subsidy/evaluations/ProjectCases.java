package gov.linzhi.subsidy.evaluations;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.subsidy.api.EvaluationRequest;
import gov.linzhi.subsidy.catalogue.ProjectService;
import gov.linzhi.subsidy.catalogue.ProjectTerms;
import gov.linzhi.subsidy.rules.EvaluationCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Objects;

/**
 * The bridge from the project catalogue to a case: a request naming a project gets the project's programme,
 * occupation, level, institution, mandated content and end date; a field the request gives must agree with it.
 */
@ApplicationScoped
public class ProjectCases {

    @Inject
    ProjectService projects;

    /** A request with the project's fields filled in, and whether the project is project-based (项目制). */
    public record Resolved(EvaluationRequest request, boolean projectBased) {
    }

    public Resolved resolve(EvaluationRequest r) {
        if (r.projectId() == null) {
            return new Resolved(r, false);
        }
        ProjectTerms p = projects.terms(r.projectId())
                .orElseThrow(() -> DomainException.invalid("projectId", "no project " + r.projectId() + " in the catalogue"));
        mismatch("programme", r.programme(), p.programme());
        mismatch("level", r.level(), p.level());
        if (r.occupation() != null && !EvaluationCase.occupationKey(r.occupation()).equals(p.occupationKey())) {
            throw DomainException.invalid("occupation", "differs from project " + p.projectId() + " (" + p.occupation() + ")");
        }
        if (r.institution() != null) {
            mismatch("institution.creditCode", r.institution().creditCode(), p.institutionCreditCode());
        }
        mismatch("includesMandatedContent", r.includesMandatedContent(), p.mandatedContent());
        return new Resolved(r.fromProject(p), p.projectBased());
    }

    private static void mismatch(String field, Object given, Object project) {
        if (given != null && !Objects.equals(given, project)) {
            throw DomainException.invalid(field, "differs from the project named by projectId (" + project + ")");
        }
    }
}
