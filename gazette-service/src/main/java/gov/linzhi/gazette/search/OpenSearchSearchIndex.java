package gov.linzhi.gazette.search;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.linzhi.platform.domain.DomainException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.apache.hc.client5.http.config.RequestConfig;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.generic.Bodies;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.jboss.logging.Logger;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The search on an OpenSearch cluster, for any number of gazette-service instances sharing one index: each applies
 * the outbox of the database they share, and every write is an idempotent upsert versioned by the outbox position it
 * reflects ({@code version_type=external_gte}), so an instance applying the same changes again, or late, never
 * replaces a newer state with an older one; the watermark is one more entry, versioned the same way, so it only moves
 * forward. The writes that end a change refresh the index before they return ({@code refresh=true}): once an import
 * has answered, every instance finds it. A rebuild fills a new index and moves the alias
 * ({@code gazette.search.opensearch.index}) to it in one step, so searches never see a half-built index.
 *
 * <p>Matching, facets and order are those of {@link LuceneSearchIndex}: the same folding (done here, before the text
 * is sent), the same every-character-and-pair analysis ({@code search/opensearch-index.json}), the same clauses
 * ({@link OpenSearchQueries}), the same snippets ({@link Snippets}); only the scores' values differ.
 */
public class OpenSearchSearchIndex implements SearchIndex, Closeable {

    /** The code of the 503 a search or an import answers while the cluster cannot be reached. */
    public static final String SEARCH_UNAVAILABLE = "SEARCH_UNAVAILABLE";
    private static final Logger LOG = Logger.getLogger(OpenSearchSearchIndex.class);
    private static final String WATERMARK_ID = "outbox-watermark";
    private static final int BULK_DOCUMENTS = 200;
    private static final int FACET_VALUES = 1000;
    /** The deepest result a page may reach: the index's {@code max_result_window}. */
    private static final int RESULT_WINDOW = 100_000;
    private static final List<String> KEYWORD_FACETS = List.of("issuingAuthority", "category", "genre");

    private final OpenSearchClient client;
    private final String alias;
    private final int shards;
    private final int replicas;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * @param url      the cluster's address, {@code http://host:9200}
     * @param alias    the alias searches and writes go to; the indices behind it are {@code alias-<id>}
     * @param timeout  how long one request may take before the cluster counts as unreachable
     */
    public OpenSearchSearchIndex(URI url, String alias, int shards, int replicas, java.time.Duration timeout) {
        this.alias = alias;
        this.shards = shards;
        this.replicas = replicas;
        HttpHost host = new HttpHost(url.getScheme(), url.getHost(), url.getPort());
        Timeout limit = Timeout.ofMilliseconds(timeout.toMillis());
        this.client = new OpenSearchClient(ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper(json))
                .setRequestConfigCallback(c -> c.setConnectionRequestTimeout(limit).setResponseTimeout(limit))
                .setHttpClientConfigCallback(c -> c.setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(limit).setResponseTimeout(limit).build()))
                .build());
    }

    // ------------------------------------------------------------------ writing

    @Override
    public void replaceAll(List<IndexedDocument> documents, long newWatermark) {
        String index = alias + "-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            createIndex(index);
            for (int from = 0; from < documents.size(); from += BULK_DOCUMENTS) {
                List<IndexedDocument> chunk = documents.subList(from, Math.min(documents.size(), from + BULK_DOCUMENTS));
                bulk(index, chunk, List.of(), newWatermark, false);
            }
            bulk(index, List.of(), List.of(), newWatermark, true);
            Set<String> previous = aliasTargets();
            // one request: searches go from the old index to the new one, never to none
            execute("POST", "/_aliases", Map.of("actions", List.of(
                    Map.of("remove", Map.of("index", alias + "-*", "alias", alias, "must_exist", false)),
                    Map.of("add", Map.of("index", index, "alias", alias)))));
            for (String old : previous) {
                if (!old.equals(index)) {
                    execute("DELETE", "/" + old, null);
                }
            }
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void apply(List<IndexedDocument> upserts, List<Long> deletes, long newWatermark) {
        try {
            bulk(alias, upserts, deletes, newWatermark, true);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private void bulk(String index, List<IndexedDocument> upserts, List<Long> deletes, long version, boolean watermark)
            throws IOException {
        List<BulkOperation> operations = new ArrayList<>();
        for (Long id : deletes) {
            operations.add(BulkOperation.of(o -> o.delete(d -> d.index(index).id(id.toString())
                    .version(version).versionType(VersionType.ExternalGte))));
        }
        for (IndexedDocument d : upserts) {
            OpenSearchDocument document = OpenSearchDocument.of(d);
            operations.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(String.valueOf(d.id()))
                    .version(version).versionType(VersionType.ExternalGte).document(document))));
        }
        if (watermark) {
            OpenSearchDocument.Watermark mark = new OpenSearchDocument.Watermark(OpenSearchDocument.WATERMARK, version);
            operations.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(WATERMARK_ID)
                    .version(version).versionType(VersionType.ExternalGte).document(mark))));
        }
        if (operations.isEmpty()) {
            return;
        }
        // the writes that end a change are made searchable before the call returns; a rebuild's chunks are not
        Refresh refresh = watermark ? Refresh.True : Refresh.False;
        BulkResponse response = client.bulk(BulkRequest.of(b -> b.operations(operations).refresh(refresh)));
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                // 409: this instance or another one already wrote a state at least as new; nothing to do
                if (item.error() != null && item.status() != 409) {
                    throw new IllegalStateException("OpenSearch refused " + item.operationType() + " of " + item.id()
                            + ": " + item.error().type() + " " + item.error().reason());
                }
            }
        }
    }

    private void createIndex(String index) throws IOException {
        ObjectNode definition;
        try (InputStream in = OpenSearchSearchIndex.class.getResourceAsStream("/search/opensearch-index.json")) {
            definition = (ObjectNode) json.readTree(in);
        }
        // shards and replicas are configuration; the windows follow the page depth and inner hits the queries ask for
        ObjectNode settings = (ObjectNode) definition.path("settings").path("index");
        settings.put("number_of_shards", shards).put("number_of_replicas", replicas)
                .put("max_result_window", RESULT_WINDOW)
                .put("max_inner_result_window", OpenSearchQueries.PROVISIONS_PER_DOCUMENT);
        execute("PUT", "/" + index, definition);
    }

    private Set<String> aliasTargets() throws IOException {
        Map<?, ?> targets = execute("GET", "/_alias/" + alias, null);
        return targets == null ? Set.of() : new java.util.TreeSet<>(targets.keySet().stream().map(String::valueOf).toList());
    }

    /** A request the typed client has no shape for (index definitions, aliases); null for 404. */
    private Map<?, ?> execute(String method, String path, Object body) throws IOException {
        var request = Requests.builder().method(method).endpoint(path);
        if (body != null) {
            request.body(Bodies.json(json.writeValueAsString(body)));
        }
        try (var response = client.generic().execute(request.build())) {
            if (response.getStatus() == 404 && method.equals("GET")) {
                return null;
            }
            String text = response.getBody().map(b -> b.bodyAsString()).orElse("");
            if (response.getStatus() >= 300) {
                throw new IllegalStateException("OpenSearch answered " + response.getStatus() + " to " + method + " " + path + ": " + text);
            }
            return text.isEmpty() ? Map.of() : json.readValue(text, Map.class);
        }
    }

    // ------------------------------------------------------------------ reading

    @Override
    public long watermark() {
        try {
            var found = client.get(g -> g.index(alias).id(WATERMARK_ID), OpenSearchDocument.Watermark.class);
            return found.found() && found.source() != null ? found.source().watermark() : -1;
        } catch (OpenSearchException e) {
            if (e.status() == 404) {
                return -1; // no index behind the alias yet
            }
            throw refused(e);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @Override
    public int documentCount() {
        try {
            return (int) client.count(c -> c.index(alias).query(q -> q.term(t -> t.field("kind")
                    .value(org.opensearch.client.opensearch._types.FieldValue.of(OpenSearchDocument.DOCUMENT))))).count();
        } catch (OpenSearchException e) {
            if (e.status() == 404) {
                return 0;
            }
            throw refused(e);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Result search(Query q) {
        List<String> folded = LuceneQueries.foldedWords(q.text());
        long from = (long) q.page() * q.size();
        // a page past the deepest reachable result still counts the matches and their facets
        int size = from + q.size() > RESULT_WINDOW ? 0 : q.size();
        try {
            SearchResponse<ObjectNode> response = client.search(s -> {
                s.index(alias).query(OpenSearchQueries.of(q, folded)).from(size == 0 ? 0 : (int) from).size(size)
                        .trackTotalHits(t -> t.enabled(true)).trackScores(true)
                        .sort(OpenSearchQueries.order(q.order()))
                        .source(src -> src.filter(f -> f.includes("docId", "title")))
                        .aggregations("year", a -> a.terms(t -> t.field("year").size(FACET_VALUES)));
                KEYWORD_FACETS.forEach(field -> s.aggregations(field, a -> a.terms(t -> t.field(field).size(FACET_VALUES))));
                return s;
            }, ObjectNode.class);
            List<DocumentHit> hits = new ArrayList<>();
            for (Hit<ObjectNode> hit : response.hits().hits()) {
                hits.add(hit(hit, folded));
            }
            return new Result(response.hits().total().value(), hits, facets(response.aggregations()));
        } catch (OpenSearchException e) {
            if (e.status() == 404) {
                return new Result(0, List.of(), Map.of()); // no index yet: nothing is indexed
            }
            throw refused(e);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private static DocumentHit hit(Hit<ObjectNode> hit, List<String> folded) {
        ObjectNode source = hit.source();
        String titleSnippet = hit.matchedQueries().contains(OpenSearchQueries.TITLE_MATCHED)
                ? Snippets.ofTitleIfMatching(source.path("title").asText(), folded) : null;
        List<ProvisionHit> provisions = new ArrayList<>();
        var inner = hit.innerHits().get(OpenSearchQueries.PROVISIONS);
        if (inner != null) {
            for (Hit<JsonData> p : inner.hits().hits()) {
                OpenSearchDocument.Provision provision = p.source().to(OpenSearchDocument.Provision.class);
                provisions.add(new ProvisionHit(provision.path(), provision.heading(),
                        Snippets.ofProvision(provision.text(), folded)));
            }
        }
        float score = hit.score() == null ? 0f : hit.score().floatValue();
        return new DocumentHit(source.path("docId").asLong(), score, titleSnippet, provisions);
    }

    /** Facet counts in the embedded index's order: most documents first, then by value. */
    private static Map<String, Map<String, Long>> facets(Map<String, Aggregate> aggregations) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        Map<String, Long> years = new HashMap<>();
        aggregations.get("year").lterms().buckets().array().forEach(b -> years.put(String.valueOf(b.key()._get()), b.docCount()));
        facets.put("year", FacetCounts.sorted(years));
        for (String field : KEYWORD_FACETS) {
            Map<String, Long> counts = new HashMap<>();
            aggregations.get(field).sterms().buckets().array().forEach(b -> counts.put(b.key(), b.docCount()));
            facets.put(field, FacetCounts.sorted(counts));
        }
        return facets;
    }

    /** A cluster overloaded or without its shards may answer shortly; anything else it refuses is a bug of ours. */
    private static RuntimeException refused(OpenSearchException e) {
        if (e.status() == 429 || e.status() >= 500) {
            LOG.warnf("OpenSearch answered %d: %s", e.status(), e.error() == null ? "" : e.error().type());
            return DomainException.unavailable(SEARCH_UNAVAILABLE, "the search cluster is not answering now; retry shortly");
        }
        return e;
    }

    private static DomainException unavailable(IOException e) {
        LOG.warnf("OpenSearch not reachable: %s", e.getClass().getSimpleName());
        return DomainException.unavailable(SEARCH_UNAVAILABLE, "the search cluster cannot be reached; retry shortly");
    }

    @Override
    public void close() {
        try {
            client._transport().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
