package gov.linzhi.gazette.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the gazette service. */
@ConfigMapping(prefix = "gazette")
public interface GazetteConfig {

    /** The search index. */
    Search search();

    /**
     * The address the public reaches this service at, without a trailing slash: every absolute link the service
     * gives ({@code apiUrl}, {@code readerUrl}) starts with it.
     */
    @WithDefault("http://127.0.0.1:8081")
    String publicBaseUrl();

    /** The bundled seed issue. */
    Seed seed();

    /** The search index. */
    interface Search {
        /** Folder of the embedded Lucene index, relative to the working directory. */
        @WithDefault("data/gazette-index")
        String indexDir();

        /** How often the indexer polls the outbox for changes not applied right after their commit. */
        @WithDefault("30s")
        String pollInterval();

        /** How long after start the first outbox poll waits. */
        @WithDefault("30s")
        String pollDelay();

        /** Largest page size a search may ask for. */
        @WithDefault("100")
        int maxPageSize();
    }

    /** The bundled seed issue. */
    interface Seed {
        /** Import the seed on start when the database holds no issue. */
        @WithDefault("true")
        boolean enabled();

        /** Classpath resource of the seed issue. */
        @WithDefault("seed/linzhi-gazette-2020-01.md")
        String resource();
    }
}
