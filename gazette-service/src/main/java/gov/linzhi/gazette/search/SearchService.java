package gov.linzhi.gazette.search;

import gov.linzhi.gazette.config.GazetteConfig;
import gov.linzhi.gazette.documents.DocumentEntity;
import gov.linzhi.gazette.documents.DocumentQueries;
import gov.linzhi.gazette.rest.Api;
import gov.linzhi.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Searches the index and dresses the hits with the stored documents. */
@ApplicationScoped
public class SearchService {

    private final SearchIndex index;
    private final DocumentQueries documents;
    private final GazetteConfig config;

    public SearchService(SearchIndex index, DocumentQueries documents, GazetteConfig config) {
        this.index = index;
        this.documents = documents;
        this.config = config;
    }

    public Api.SearchResult search(String q, Integer year, String authority, String category, String genre,
                                   LocalDate from, LocalDate to, int page, int size) {
        if (q == null || q.isBlank()) {
            throw ApiException.invalid("q", "must not be blank");
        }
        if (q.length() > 200) {
            throw ApiException.invalid("q", "at most 200 characters");
        }
        if (size > config.search().maxPageSize()) {
            throw ApiException.invalid("size", "at most " + config.search().maxPageSize());
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("signedFrom", "must not be after signedTo");
        }
        SearchIndex.Result result = index.search(new SearchIndex.Query(q.strip(), year, authority, category, genre,
                from, to, page, size));
        List<Long> ids = result.hits().stream().map(SearchIndex.DocumentHit::documentId).toList();
        Map<Long, DocumentEntity> docs = ids.isEmpty() ? Map.of()
                : DocumentEntity.<DocumentEntity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
        List<Api.SearchHit> items = result.hits().stream().filter(h -> docs.containsKey(h.documentId())).map(h -> {
            DocumentEntity d = docs.get(h.documentId());
            List<Api.SearchProvisionHit> provisions = h.provisions().stream()
                    .map(p -> new Api.SearchProvisionHit(p.path(), p.heading(), p.snippet(), documents.citationUrl(d, p.path())))
                    .toList();
            return new Api.SearchHit(DocumentQueries.summary(d), h.score(), h.titleSnippet(), provisions);
        }).toList();
        return new Api.SearchResult(q.strip(), result.total(), page, size, items, result.facets());
    }
}
