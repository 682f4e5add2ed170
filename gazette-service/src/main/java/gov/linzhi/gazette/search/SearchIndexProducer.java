package gov.linzhi.gazette.search;

import gov.linzhi.gazette.config.GazetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The configured search index: the embedded Lucene index in its folder, or the index shared on an OpenSearch cluster;
 * closed on shutdown.
 */
@ApplicationScoped
public class SearchIndexProducer {

    @Produces
    @ApplicationScoped
    SearchIndex searchIndex(GazetteConfig config) {
        GazetteConfig.Search search = config.search();
        if (search.backend() == GazetteConfig.Backend.OPENSEARCH) {
            GazetteConfig.OpenSearch cluster = search.opensearch();
            URI url = cluster.url().orElseThrow(() -> new IllegalStateException(
                    "gazette.search.backend=opensearch needs gazette.search.opensearch.url (GAZETTE_SEARCH_OPENSEARCH_URL)"));
            return new OpenSearchSearchIndex(url, cluster.index(), cluster.shards(), cluster.replicas(), cluster.timeout());
        }
        Path folder = Path.of(config.search().indexDir()).toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the search index folder " + folder, e);
        }
        return new LuceneSearchIndex(folder);
    }

    void close(@Disposes SearchIndex index) {
        if (index instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the search index failed", e);
            }
        }
    }
}
