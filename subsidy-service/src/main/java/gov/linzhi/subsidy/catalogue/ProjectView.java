package gov.linzhi.subsidy.catalogue;

import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A training project as the public catalogue shows it. */
@Schema(name = "Project")
public record ProjectView(
        long id, String name, Programme programme, String occupation, Level level, InstitutionSummary institution,
        LocalDate startsOn, LocalDate endsOn, int capacity, String county, boolean projectBased, boolean includesMandatedContent) {

    /** The institution running the project. */
    @Schema(name = "InstitutionSummary")
    public record InstitutionSummary(long id, String name, String creditCode, InstitutionKind kind, InstitutionStatus status) {
    }

    static ProjectView of(TrainingProject p) {
        TrainingInstitution i = p.institution;
        return new ProjectView(p.id, p.name, p.programme, p.occupation, InstitutionView.level(p.levelKey),
                new InstitutionSummary(i.id, i.name, i.creditCode, i.kind, i.status), p.startsOn, p.endsOn, p.capacity, p.county,
                p.projectBased, p.mandatedContent);
    }
}
