package gov.linzhi.gazette.search;

import java.util.List;

/** The field names of the embedded index, shared by the writer, the queries and the collector. */
final class LuceneFields {

    static final String KIND = "kind";
    static final String DOC_ID = "docId";
    static final String TEXT = "text";
    static final String WORDS = "words";
    static final String NUMBER = "number";
    static final String PATH = "path";
    static final String HEADING = "heading";
    static final String TITLE = "title";
    static final String YEAR = "year";
    static final String AUTHORITY = "issuingAuthority";
    static final String CATEGORY = "category";
    static final String GENRE = "genre";
    static final String SIGNED = "signedOn";
    /** The value of {@link #KIND} for a document's title entry; provisions are "prov". */
    static final String TITLE_KIND = "doc";
    static final String PROVISION_KIND = "prov";
    /** The keyword facets, in the order a group keeps their ordinals. */
    static final List<String> KEYWORD_FACETS = List.of(AUTHORITY, CATEGORY, GENRE);

    private LuceneFields() {
    }
}
