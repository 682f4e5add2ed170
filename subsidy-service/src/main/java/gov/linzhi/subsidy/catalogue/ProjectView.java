package gov.linzhi.subsidy.catalogue;

import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import io.soabase.recordbuilder.core.RecordBuilder;

/** A training project as the public catalogue shows it. */
@Schema(name = "Project")
@RecordBuilder
@RecordBuilder.Options(inheritComponentAnnotations = false)
public record ProjectView(
        long id, String name, Programme programme, String occupation, Level level, InstitutionSummary institution,
        LocalDate startsOn, LocalDate endsOn, int capacity, String county, boolean projectBased, boolean includesMandatedContent) {

    /** The institution running the project. */
    @Schema(name = "InstitutionSummary")
    public record InstitutionSummary(long id, String name, String creditCode, InstitutionKind kind, InstitutionStatus status) {
    }

    static ProjectView of(TrainingProject p) {
        TrainingInstitution i = p.institution;
        return ProjectViewBuilder.builder()
                .id(p.id)
                .name(p.name)
                .programme(p.programme)
                .occupation(p.occupation)
                .level(InstitutionView.level(p.levelKey))
                .institution(new InstitutionSummary(i.id, i.name, i.creditCode, i.kind, i.status()))
                .startsOn(p.startsOn)
                .endsOn(p.endsOn)
                .capacity(p.capacity)
                .county(p.county)
                .projectBased(p.projectBased)
                .includesMandatedContent(p.mandatedContent)
                .build();
    }
}
