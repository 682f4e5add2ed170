package gov.linzhi.gazette.search;

import gov.linzhi.gazette.config.GazetteConfig;
import gov.linzhi.gazette.documents.DocumentEntity;
import gov.linzhi.gazette.documents.DocumentQueries;
import gov.linzhi.gazette.documents.ProvisionQueries;
import gov.linzhi.gazette.rest.Api;
import gov.linzhi.platform.lists.PageLinks;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Searches the index and dresses the hits with the stored documents. */
@ApplicationScoped
public class SearchService {

    /** Longest query accepted, in UTF-16 code units. */
    public static final int MAX_QUERY_CHARS = 200;

    private final SearchIndex index;
    private final ProvisionQueries provisions;
    private final GazetteConfig config;

    public SearchService(SearchIndex index, ProvisionQueries provisions, GazetteConfig config) {
        this.index = index;
        this.provisions = provisions;
        this.config = config;
    }

    public Api.SearchResult search(String q, Integer year, String authority, String category, String genre,
                                   LocalDate from, LocalDate to, int page, int size) {
        return search(q, year, authority, category, genre, from, to, page, size, null);
    }

    /** A search; {@code sort} is the parameter's value (relevance, date-desc, date-asc), null for relevance. */
    public Api.SearchResult search(String q, Integer year, String authority, String category, String genre,
                                   LocalDate from, LocalDate to, int page, int size, String sort) {
        SearchOrder order = sort == null || sort.isBlank() ? SearchOrder.RELEVANCE : SearchOrder.ofParameter(sort.strip())
                .orElseThrow(() -> new InvalidSearchException("sort", "one of relevance, date-desc, date-asc",
                        "排序方式只能是相关度（relevance）、日期从新到旧（date-desc）或从旧到新（date-asc）。"));
        if (q == null || q.isBlank()) {
            throw new InvalidSearchException("q", "must not be blank", "请输入检索词。");
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw new InvalidSearchException("q", "at most " + MAX_QUERY_CHARS + " characters",
                    "检索词不能超过" + MAX_QUERY_CHARS + "个字符（现有" + q.length() + "个）。");
        }
        if (size > config.search().maxPageSize()) {
            throw new InvalidSearchException("size", "at most " + config.search().maxPageSize(),
                    "每页最多" + config.search().maxPageSize() + "条。");
        }
        // the API's bean validation refuses these first; the pages reach the service directly
        if (size < 1) {
            throw new InvalidSearchException("size", "must be greater than or equal to 1", "每页至少1条。");
        }
        if (page < 0) {
            throw new InvalidSearchException("page", "must be greater than or equal to 0", "页码不能小于1。");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidSearchException("signedFrom", "must not be after signedTo", "起始日期不能晚于截止日期。");
        }
        SearchIndex.Result result = index.search(new SearchIndex.Query(q.strip(), year, authority, category, genre,
                from, to, page, size, order));
        List<Long> ids = result.hits().stream().map(SearchIndex.DocumentHit::documentId).toList();
        Map<Long, DocumentEntity> docs = ids.isEmpty() ? Map.of()
                : DocumentEntity.<DocumentEntity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
        List<Api.SearchHit> items = result.hits().stream().filter(h -> docs.containsKey(h.documentId())).map(h -> {
            DocumentEntity d = docs.get(h.documentId());
            List<Api.SearchProvisionHit> matching = h.provisions().stream()
                    .map(p -> new Api.SearchProvisionHit(p.path(), p.heading(), p.snippet(), provisions.citationUrl(d, p.path())))
                    .toList();
            return new Api.SearchHit(DocumentQueries.summary(d), h.score(), h.titleSnippet(), matching.size(), matching);
        }).toList();
        var link = new SearchLinks(q.strip(), year, authority, category, genre, from, to, size, order);
        PageLinks links = PageLinks.of(page, size, result.total(), link::page);
        boolean pastTheEnd = page > 0 && (long) page * size >= result.total();
        return new Api.SearchResult(q.strip(), result.total(), page, size, order.parameter(), pastTheEnd, items, links,
                result.facets());
    }
}
