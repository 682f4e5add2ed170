package gov.linzhi.gazette.search;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;

/**
 * A gazette document as the OpenSearch index holds it ({@code search/opensearch-index.json}): one OpenSearch document
 * with its provisions nested, so a match, a facet count and a page are counted in gazette documents, as the embedded
 * index groups them. The {@code …Grams} fields carry the {@link SearchText folded} text, folded here by the same code
 * that folds every query, and are indexed as every character and pair of characters ({@code every_pair}); the others
 * carry the printed text for the smartcn ranking and for the snippets.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OpenSearchDocument(String kind, long docId, String title, List<String> titleGrams, String number, int year,
                          String issuingAuthority, String category, String genre, String signedOn,
                          List<Provision> provisions) {

    /** The value of {@code kind} of a gazette document; the outbox watermark is the only other entry. */
    static final String DOCUMENT = "document";
    static final String WATERMARK = "watermark";

    /** A provision: its place, its printed text (ranking, snippets) and its folded text (matching). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Provision(int ordinal, String path, String heading, String text, String grams) {
    }

    /** The entry of one gazette document. */
    static OpenSearchDocument of(SearchIndex.IndexedDocument d) {
        List<String> titleGrams = new ArrayList<>();
        titleGrams.add(SearchText.fold(d.title()));
        if (d.documentNumber() != null) {
            // a second value of the field, a position gap apart: no phrase runs from the title into the number
            titleGrams.add(SearchText.fold(d.documentNumber()));
        }
        List<Provision> provisions = new ArrayList<>();
        for (int i = 0; i < d.provisions().size(); i++) {
            SearchIndex.IndexedProvision p = d.provisions().get(i);
            provisions.add(new Provision(i, p.path(), p.heading(), p.text(), SearchText.fold(p.text())));
        }
        return new OpenSearchDocument(DOCUMENT, d.id(), d.title(), titleGrams, d.documentNumber(), d.year(), d.issuingAuthority(),
                d.category(), d.genre(), d.signedOn() == null ? null : d.signedOn().toString(), provisions);
    }

    /** The outbox position the index reflects, kept as one more entry of the index it describes. */
    record Watermark(String kind, long watermark) {
    }
}
