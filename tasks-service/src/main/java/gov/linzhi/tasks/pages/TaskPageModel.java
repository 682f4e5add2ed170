package gov.linzhi.tasks.pages;

import gov.linzhi.gazette.vocabulary.DocumentNumber;
import gov.linzhi.gazette.vocabulary.ProvisionAddress;
import gov.linzhi.gazette.vocabulary.ProvisionPath;
import gov.linzhi.tasks.exports.ExportTables;
import gov.linzhi.tasks.plans.PlanApi;
import gov.linzhi.tasks.reports.ProgressReport;
import gov.linzhi.tasks.reports.ReportApi;
import gov.linzhi.tasks.supervision.SupervisionApi;
import io.quarkus.qute.TemplateData;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A task's page: the task as the API serves it, its source provision (live from gazette-service, or
 * the kept copy with a notice saying why), its status on the board's date (null outside the plan's
 * years), its indicators against the latest reported values, and every report version.
 */
@TemplateData
public record TaskPageModel(PlanApi.TaskView task, String planTitle, LocalDate asOf, SupervisionApi.TaskStatus status,
                        Source source, List<IndicatorProgress> indicators, List<ReportApi.ReportView> reports,
                        ReportForm reportForm, FlagForm flagForm, String notice) {

    /** One choice of a select: its value, its words, whether it is chosen. */
    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    /** One indicator's field on the report form. */
    @TemplateData
    public record IndicatorField(String name, String label, String unit, String value, String error) {
    }

    /**
     * The report form of a department that may file on this task (null for anyone else): an official report
     * for the lead, a contribution for a co-department; the typed values and the problem beside each field.
     * {@code key} is the filing's Idempotency-Key, so a form sent twice files once.
     */
    @TemplateData
    public record ReportForm(String action, boolean official, String department, List<Option> years, List<Option> periods,
                             java.util.Map<String, String> values, java.util.Map<String, String> errors,
                             List<IndicatorField> indicators, String generalError, String csrf, String key) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasErrors() {
            return generalError != null || !errors.isEmpty();
        }

        public int errorCount() {
            return errors.size();
        }
    }

    /** The supervisor's 批示 form (null for anyone else): flag with a note, or take the flag off. */
    @TemplateData
    public record FlagForm(boolean flagged, String currentNote, String note, String error, String csrf) {
    }

    /**
     * The provision text and where it comes from; {@code notice} says when it is the kept copy and why;
     * {@code readerUrl} is gazette-service's reader page of the provision, when the task cites one by number and path.
     */
    @TemplateData
    public record Source(String documentNumber, String reference, String heading, String text, String notice,
                         String readerUrl) {

        /** The provision's reader page under gazette-service's public address, or null when the source is not one. */
        public static String readerUrl(String gazettePublicUrl, String documentNumber, String path) {
            return DocumentNumber.parse(documentNumber)
                    .flatMap(n -> ProvisionPath.parse(path).map(p -> new ProvisionAddress(n, p).readerUrl(gazettePublicUrl)))
                    .orElse(null);
        }
    }

    public String leadBasisLabel() {
        return ExportTables.leadBasisLabel(task.leadBasis());
    }

    public String coDepartmentNames() {
        return task.coDepartments().isEmpty() ? "无"
                : task.coDepartments().stream().map(PlanApi.DepartmentRef::name).collect(Collectors.joining("、"));
    }

    public String kindLabel(ReportApi.ReportView report) {
        return report.kind() == ProgressReport.Kind.OFFICIAL ? "牵头单位正式报告" : "协办单位报送";
    }

    public String boardUrl() {
        return "/?plan=" + task.planId() + "&asOf=" + asOf;
    }
}
