package gov.linzhi.tasks;

import gov.linzhi.tasks.config.TasksConfig;
import gov.linzhi.tasks.departments.DepartmentRegistryLoader;
import gov.linzhi.tasks.plans.ShippedPlanLoader;
import gov.linzhi.tasks.plans.PlanService;
import gov.linzhi.tasks.supervision.rag.RagCalculator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * On start: checks the business configuration (due dates, RAG thresholds) so a bad value stops the
 * start instead of failing requests; then, in one transaction, the department registry and the shipped
 * work-report plan (first start only).
 */
@ApplicationScoped
public class SeedDataStartup {

    private static final Logger LOG = Logger.getLogger(SeedDataStartup.class);

    @Inject
    DepartmentRegistryLoader departments;

    @Inject
    ShippedPlanLoader shippedPlan;

    @Inject
    TasksConfig config;

    @Inject
    PlanService plans;

    void onStart(@Observes StartupEvent event) {
        new RagCalculator.Thresholds(config.rag().amberAfterPointsBehind(), config.rag().redAfterPointsBehind());
        QuarkusTransaction.requiringNew().run(() -> {
            int added = departments.load();
            boolean planCreated = shippedPlan.load();
            int calendars = plans.assignMissingCalendars();
            if (calendars > 0) {
                LOG.infof("reporting calendars given to %d plan(s) from data/reporting-calendars.json", calendars);
            }
            LOG.infof("seed data: %d department(s) added, work-report plan %s", added,
                    planCreated ? "loaded" : "already present");
        });
    }
}
