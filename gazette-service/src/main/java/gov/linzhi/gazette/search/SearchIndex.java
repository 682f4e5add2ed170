package gov.linzhi.gazette.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Full-text search over the gazette. The embedded Lucene implementation serves one node; a
 * distributed engine (Hibernate Search with OpenSearch, see README) can implement the same contract.
 */
public interface SearchIndex {

    /** Replaces the whole index with {@code documents}, recording the outbox position it reflects. */
    void replaceAll(List<IndexedDocument> documents, long watermark);

    /** Applies changes from the outbox up to {@code watermark}. */
    void apply(List<IndexedDocument> upserts, List<Long> deletes, long watermark);

    /** The last outbox id applied, or -1 when there is no index yet. */
    long watermark();

    /** How many gazette documents the index holds. */
    int documentCount();

    /** Runs a query. */
    Result search(Query query);

    /** What is indexed for one document. */
    record IndexedDocument(long id, String title, String documentNumber, String category, String issuingAuthority,
                           String genre, LocalDate signedOn, int year, List<IndexedProvision> provisions) {
    }

    /** What is indexed for one provision. */
    record IndexedProvision(String path, String heading, String text) {
    }

    /** A search: words and document numbers in {@code text}, filters, an order, a page. */
    record Query(String text, Integer year, String issuingAuthority, String category, String genre,
                 LocalDate signedFrom, LocalDate signedTo, int page, int size, SearchOrder order) {

        public Query(String text, Integer year, String issuingAuthority, String category, String genre,
                     LocalDate signedFrom, LocalDate signedTo, int page, int size) {
            this(text, year, issuingAuthority, category, genre, signedFrom, signedTo, page, size, SearchOrder.RELEVANCE);
        }
    }

    /** Matching documents, best first, one page of them, with facet counts over all of them. */
    record Result(long total, List<DocumentHit> hits, Map<String, Map<String, Long>> facets) {
    }

    /** A matching document and every provision of it that matches, best first. */
    record DocumentHit(long documentId, float score, String titleSnippet, List<ProvisionHit> provisions) {
    }

    /** A matching provision with a highlighted snippet ({@code <em>…</em>}). */
    record ProvisionHit(String path, String heading, String snippet) {
    }
}
