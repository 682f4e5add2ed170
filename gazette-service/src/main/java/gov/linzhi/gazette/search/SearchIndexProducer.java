package gov.linzhi.gazette.search;

import gov.linzhi.gazette.config.GazetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the embedded Lucene index in the configured folder and closes it on shutdown. */
@ApplicationScoped
public class SearchIndexProducer {

    @Produces
    @ApplicationScoped
    SearchIndex searchIndex(GazetteConfig config) {
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
