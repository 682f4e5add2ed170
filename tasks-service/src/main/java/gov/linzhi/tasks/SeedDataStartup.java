package gov.linzhi.tasks;

import gov.linzhi.tasks.departments.DepartmentRegistryLoader;
import gov.linzhi.tasks.plans.ShippedPlanLoader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** On start, in one transaction: the department registry, then the shipped work-report plan (first start only). */
@ApplicationScoped
public class SeedDataStartup {

    private static final Logger LOG = Logger.getLogger(SeedDataStartup.class);

    @Inject
    DepartmentRegistryLoader departments;

    @Inject
    ShippedPlanLoader shippedPlan;

    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            int added = departments.load();
            boolean planCreated = shippedPlan.load();
            LOG.infof("seed data: %d department(s) added, work-report plan %s", added,
                    planCreated ? "loaded" : "already present");
        });
    }
}
