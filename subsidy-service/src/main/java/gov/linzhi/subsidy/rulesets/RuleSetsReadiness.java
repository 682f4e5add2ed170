package gov.linzhi.subsidy.rulesets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while a stored rule-set version fails its checks: it is named, with its first problem. */
@Readiness
@ApplicationScoped
public class RuleSetsReadiness implements HealthCheck {

    @Inject
    RuleSetRegistry registry;

    @Override
    public HealthCheckResponse call() {
        registry.fresh();
        var broken = registry.broken();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("rule-sets").status(broken.isEmpty());
        broken.forEach((version, problems) -> response.withData(version, problems.isEmpty() ? "rejected" : problems.get(0)));
        return response.build();
    }
}
