package gov.linzhi.gazette.issues;

import gov.linzhi.gazette.config.GazetteConfig;
import gov.linzhi.gazette.search.SearchIndexer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** On start: imports the bundled seed issue into an empty database, then brings the search index up to date. */
@ApplicationScoped
public class SeedImporter {

    private static final Logger LOG = Logger.getLogger(SeedImporter.class);

    void onStart(@Observes StartupEvent event, GazetteConfig config, ImportService imports, SearchIndexer indexer) {
        if (config.seed().enabled() && QuarkusTransaction.requiringNew().call(() -> IssueEntity.count()) == 0) {
            GazetteStore.Outcome outcome = imports.importIssue(read(config.seed().resource()), false, "system:seed");
            LOG.infof("seed issue imported: issue %d with %d documents", outcome.issueId(), outcome.documentIds().size());
        }
        try {
            indexer.synchronize();
        } catch (RuntimeException e) {
            // a shared search cluster that is away must not keep the documents from being served: the indexer's poll
            // synchronises once it answers, and searches say 503 SEARCH_UNAVAILABLE meanwhile
            LOG.warnf("search index not synchronised at start (%s); the outbox poll retries", e.getClass().getSimpleName());
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("seed resource " + resource + " not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
