package gov.linzhi.tasks.rest;

import gov.linzhi.platform.openapi.EnumCatalogue;
import gov.linzhi.tasks.departments.Department;
import gov.linzhi.tasks.events.WebhookDelivery;
import gov.linzhi.tasks.plans.Indicator;
import gov.linzhi.tasks.plans.Plan;
import gov.linzhi.tasks.plans.Task;
import gov.linzhi.tasks.reports.Period;
import gov.linzhi.tasks.reports.ProgressReport;
import gov.linzhi.tasks.reports.ReportingCalendar;
import gov.linzhi.tasks.supervision.SupervisionApi;
import gov.linzhi.tasks.supervision.rag.Rag;

import java.util.List;

/** The enums tasks-service's API shows, each value with its Chinese meaning in the OpenAPI document. */
public class ApiEnums implements EnumCatalogue {

    @Override
    public List<Class<? extends Enum<?>>> enums() {
        return List.of(Indicator.Direction.class, Task.LeadBasis.class, Plan.Origin.class, Rag.class,
                SupervisionApi.ReportState.class, SupervisionApi.ReminderState.class, WebhookDelivery.State.class,
                Department.Kind.class, Department.Origin.class, Period.class, ProgressReport.Kind.class,
                ReportingCalendar.Basis.class);
    }
}
