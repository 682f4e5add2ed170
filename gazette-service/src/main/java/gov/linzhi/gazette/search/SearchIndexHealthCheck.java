package gov.linzhi.gazette.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the search index: open and answering, with what it holds; a shared cluster that does not answer is
 * reported, not counted as this instance being unready.
 */
@Readiness
@ApplicationScoped
public class SearchIndexHealthCheck implements HealthCheck {

    private final SearchIndex index;

    public SearchIndexHealthCheck(SearchIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("search-index").up()
                    .withData("documents", index.documentCount())
                    .withData("outboxWatermark", index.watermark())
                    .build();
        } catch (gov.linzhi.platform.domain.DomainException e) {
            // a search cluster shared by every instance being away is no reason to take the instances out of service:
            // documents, issues and citations are served from the database, searches answer 503 SEARCH_UNAVAILABLE
            return HealthCheckResponse.named("search-index").up().withData("searchAvailable", false)
                    .withData("reason", e.code()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("search-index").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
