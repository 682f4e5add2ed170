package gov.linzhi.gazette.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

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

        /**
         * Where the search index lives: {@code lucene}, embedded in each instance (one instance, or each with its own
         * copy); {@code opensearch}, one index shared by every instance on an OpenSearch cluster.
         */
        @WithDefault("lucene")
        Backend backend();

        /** The OpenSearch cluster, when {@link #backend()} is {@code opensearch}. */
        OpenSearch opensearch();
    }

    /** The engines the search index can live in. */
    enum Backend {
        LUCENE, OPENSEARCH
    }

    /** The OpenSearch cluster of the shared search index. */
    interface OpenSearch {
        /** The cluster's HTTP address, {@code http://host:9200}. */
        Optional<URI> url();

        /** The alias searches and writes use; the indices behind it are named after it. */
        @WithDefault("gazette-search")
        String index();

        /** Primary shards of a new index: one holds a province's gazettes (~1M documents) comfortably. */
        @WithDefault("1")
        int shards();

        /** Replicas of each shard: 0 on a single node, 1 or more on a cluster. */
        @WithDefault("0")
        int replicas();

        /** How long one request to the cluster may take before the search answers 503 SEARCH_UNAVAILABLE. */
        @WithDefault("10s")
        Duration timeout();
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
