package gov.linzhi.tasks.plans;

import gov.linzhi.tasks.departments.Department;

import java.time.LocalDate;
import java.util.List;
import io.soabase.recordbuilder.core.RecordBuilder;

/** A validated task, ready to be written by {@link TaskWriter}; every name already resolved. */
@RecordBuilder
@RecordBuilder.Options(inheritComponentAnnotations = false)
public record TaskDraft(String code, int areaSeq, String areaName, String text, String sourceDocumentNumber,
                        String sourceReference, String sourceText, String sourceUrl, Department lead,
                        Task.LeadBasis leadBasis, List<Department> coDepartments, String leaderPost, LocalDate dueOn,
                        List<Indicator> indicators) {
}
