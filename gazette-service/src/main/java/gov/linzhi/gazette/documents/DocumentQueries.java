package gov.linzhi.gazette.documents;

import gov.linzhi.gazette.parsing.DocumentNumbers;
import gov.linzhi.gazette.rest.Api;
import gov.linzhi.gazette.rest.ApiDocumentBuilder;
import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.lists.Found;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads documents: by id, by number, as filtered pages, and as the API's structured view and text forms. */
@ApplicationScoped
public class DocumentQueries {

    private static final Map<String, Sort> SORTS = Map.of(
            "signedOn", Sort.by("signedOn").and("id"),
            "-signedOn", Sort.by("signedOn", Sort.Direction.Descending).and("id"),
            "title", Sort.by("titleKey").and("id"),
            "issue", Sort.by("issueId").and("ordinal"),
            "-issue", Sort.by("issueId", Sort.Direction.Descending).and("ordinal"));

    private final DocumentLinks links;

    public DocumentQueries(DocumentLinks links) {
        this.links = links;
    }

    /** A document by id, current or of a superseded version. */
    public DocumentEntity byId(long id) {
        return DocumentEntity.<DocumentEntity>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("DOCUMENT_NOT_FOUND", "no document " + id));
    }

    /** The current document with this number, in any common spelling. */
    public DocumentEntity byNumber(String number) {
        String canonical = canonicalNumber(number);
        return DocumentEntity.<DocumentEntity>find("documentNumber = ?1 and current = true order by id", canonical)
                .firstResultOptional()
                .orElseThrow(() -> DomainException.notFound("DOCUMENT_NOT_FOUND", "no document numbered " + canonical));
    }

    /** The canonical spelling of a document number, or 400 INVALID_DOCUMENT_NUMBER. */
    public static String canonicalNumber(String number) {
        return DocumentNumbers.canonical(number).orElseThrow(() -> DomainException.badRequest("INVALID_DOCUMENT_NUMBER",
                "not a document number (like 林政办发〔2020〕5号): " + number));
    }

    /** Documents matching the filters, one page. */
    public Found<Api.DocumentSummary> list(Long issueId, Integer year, String category, String genre, String authority,
                                 LocalDate signedFrom, LocalDate signedTo, Boolean hasText, String sort, int page, int size) {
        StringBuilder q = new StringBuilder("current = true");
        Parameters p = new Parameters();
        if (issueId != null) {
            q.setLength(0);
            q.append("issueId = :issueId");
            p.and("issueId", issueId);
        }
        if (year != null) {
            q.append(" and issueId in (select i.id from IssueEntity i where i.year = :year)");
            p.and("year", year);
        }
        condition(q, p, "category", category);
        condition(q, p, "genre", genre);
        condition(q, p, "issuingAuthority", authority);
        if (signedFrom != null) {
            q.append(" and signedOn >= :from");
            p.and("from", signedFrom);
        }
        if (signedTo != null) {
            q.append(" and signedOn <= :to");
            p.and("to", signedTo);
        }
        if (hasText != null) {
            q.append(" and hasText = :hasText");
            p.and("hasText", hasText);
        }
        Sort order = SORTS.get(sort == null ? "issue" : sort);
        if (order == null) {
            throw DomainException.invalid("sort", "one of " + String.join(", ", SORTS.keySet().stream().sorted().toList()));
        }
        var query = DocumentEntity.<DocumentEntity>find(q.toString(), order, p);
        long total = query.count();
        List<Api.DocumentSummary> items = query.page(Page.of(page, size)).list().stream().map(DocumentQueries::summary).toList();
        return new Found<>(items, total);
    }

    private static void condition(StringBuilder q, Parameters p, String field, String value) {
        if (value != null && !value.isBlank()) {
            q.append(" and ").append(field).append(" = :").append(field);
            p.and(field, value.strip());
        }
    }

    public static Api.DocumentSummary summary(DocumentEntity d) {
        return new Api.DocumentSummary(d.id, d.issueId, d.title, d.documentNumber, d.category, d.issuingAuthority,
                d.signedOn, d.genre, d.page, d.hasText, d.current);
    }

    public static Api.DocumentRef ref(DocumentEntity d) {
        return d == null ? null : new Api.DocumentRef(d.id, d.title, d.documentNumber);
    }

    /** The structured view of a document. */
    public Api.Document view(DocumentEntity d) {
        List<Api.DocumentRef> publishes = DocumentEntity.<DocumentEntity>list("publishedById = ?1 order by ordinal", d.id)
                .stream().map(DocumentQueries::ref).toList();
        DocumentEntity publisher = d.publishedById == null ? null : DocumentEntity.findById(d.publishedById);
        List<Api.ProvisionOutline> outline = ProvisionEntity.<ProvisionEntity>list("documentId = ?1 order by ordinal", d.id)
                .stream().map(p -> new Api.ProvisionOutline(p.path, p.number, p.heading, p.level)).toList();
        return ApiDocumentBuilder.builder()
                .id(d.id)
                .issueId(d.issueId)
                .title(d.title)
                .documentNumber(d.documentNumber)
                .category(d.category)
                .issuingAuthority(d.issuingAuthority)
                .signedOn(d.signedOn)
                .genre(d.genre)
                .recipients(d.recipients)
                .subtitle(d.subtitle)
                .page(d.page)
                .hasText(d.hasText)
                .current(d.current)
                .publishes(publishes)
                .publishedBy(ref(publisher))
                .provisions(outline)
                .links(links.of(d))
                .apiUrl(links.documentApiUrl(d))
                .readerUrl(links.documentReaderUrl(d))
                .build();
    }

    /** The document's Markdown as printed in the issue. */
    public String markdown(DocumentEntity d) {
        if (!d.hasText) {
            throw DomainException.notFound("DOCUMENT_TEXT_NOT_IN_ISSUE", "document " + d.id
                    + " is listed in the table of contents but its text is not in the issue");
        }
        return d.markdown;
    }

    /** The document as plain text: the Markdown without its markup. */
    public String plainText(DocumentEntity d) {
        return markdown(d).lines()
                .map(l -> l.replaceFirst("^#{1,6}\\s+", "").replace("**", "").stripTrailing())
                .collect(Collectors.joining("\n")) + "\n";
    }

    /** The number a provision of {@code d} is cited by: its own, or that of the notice publishing it. */
    static String citableNumber(DocumentEntity d) {
        if (d.documentNumber != null || d.publishedById == null) {
            return d.documentNumber;
        }
        DocumentEntity publisher = DocumentEntity.findById(d.publishedById);
        return publisher == null ? null : publisher.documentNumber;
    }

    /** The document and the documents it publishes, by id. */
    static List<Long> withPublished(DocumentEntity d) {
        List<Long> ids = new java.util.ArrayList<>();
        ids.add(d.id);
        DocumentEntity.<DocumentEntity>list("publishedById = ?1 order by ordinal", d.id).forEach(x -> ids.add(x.id));
        return ids;
    }
}
