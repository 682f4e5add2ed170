package gov.linzhi.gazette.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.gazette.rest.Api;
import gov.linzhi.gazette.vocabulary.ProvisionPath;
import gov.linzhi.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import gov.linzhi.gazette.rest.ApiProvisionBuilder;

/** Reads provisions as the provision API shows them: with children, clause, quantities, citations and links. */
@ApplicationScoped
public class ProvisionQueries {

    private final ObjectMapper json;
    private final DocumentQueries documents;
    private final DocumentLinks links;

    public ProvisionQueries(ObjectMapper json, DocumentQueries documents, DocumentLinks links) {
        this.json = json;
        this.documents = documents;
        this.links = links;
    }

    /** A provision of a document by path. */
    public Api.Provision provision(DocumentEntity d, String path) {
        checkPath(path);
        ProvisionEntity p = ProvisionEntity.<ProvisionEntity>find("documentId = ?1 and path = ?2", d.id, path)
                .firstResultOptional()
                .orElseThrow(() -> DomainException.notFound("PROVISION_NOT_FOUND", "document " + d.id + " has no provision " + path));
        return provisionView(d, p);
    }

    /** A provision by the stable citation URL: in the numbered document, then in the documents it publishes. */
    public Api.Provision provisionByNumber(String number, String path) {
        checkPath(path);
        DocumentEntity d = documents.byNumber(number);
        List<DocumentEntity> candidates = new ArrayList<>();
        candidates.add(d);
        candidates.addAll(DocumentEntity.list("publishedById = ?1 order by ordinal", d.id));
        for (DocumentEntity c : candidates) {
            var p = ProvisionEntity.<ProvisionEntity>find("documentId = ?1 and path = ?2", c.id, path).firstResultOptional();
            if (p.isPresent()) {
                return provisionView(c, p.get());
            }
        }
        throw DomainException.notFound("PROVISION_NOT_FOUND", "neither " + d.documentNumber
                + " nor a document it publishes has a provision " + path);
    }

    private static void checkPath(String path) {
        if (ProvisionPath.parse(path).isEmpty()) {
            throw DomainException.badRequest("INVALID_PROVISION_PATH",
                    "a provision path is numbers joined by dots, like 3.1.3: got " + path);
        }
    }

    private Api.Provision provisionView(DocumentEntity d, ProvisionEntity p) {
        return provisionViews(d, List.of(p)).get(0);
    }

    /**
     * Every provision of a document in reading order, each as the provision API shows it: what the
     * document page renders (a constant number of queries, however long the document).
     */
    public List<Api.Provision> provisions(DocumentEntity d) {
        return provisionViews(d, ProvisionEntity.list("documentId = ?1 order by ordinal", d.id));
    }

    /** The views of {@code wanted} (provisions of {@code d}), loading children, clauses and citations in bulk. */
    private List<Api.Provision> provisionViews(DocumentEntity d, List<ProvisionEntity> wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        String citable = DocumentQueries.citableNumber(d);
        List<Long> ids = wanted.stream().map(p -> p.id).toList();
        Map<String, List<Api.ProvisionChild>> children = new HashMap<>();
        ProvisionEntity.<ProvisionEntity>list("documentId = ?1 and parentPath in ?2 order by ordinal", d.id,
                        wanted.stream().map(p -> p.path).toList())
                .forEach(c -> children.computeIfAbsent(c.parentPath, k -> new ArrayList<>())
                        .add(new Api.ProvisionChild(c.path, c.heading)));
        Map<Long, ClauseEntity> clauses = new HashMap<>();
        ClauseEntity.<ClauseEntity>list("provisionId in ?1 order by id", ids).forEach(c -> clauses.putIfAbsent(c.provisionId, c));
        Map<Long, List<Api.Department>> departments = clauses.isEmpty() ? Map.of()
                : ClauseViews.departments(clauses.values().stream().map(c -> c.id).toList());
        List<CitationEntity> cites = CitationEntity.list("provisionId in ?1 order by ordinal", ids);
        Map<Long, DocumentEntity> targets = CitationQueries.targets(cites);
        Map<Long, List<CitationEntity>> citesByProvision = new HashMap<>();
        cites.forEach(c -> citesByProvision.computeIfAbsent(c.provisionId, k -> new ArrayList<>()).add(c));
        return wanted.stream().map(p -> {
            ClauseEntity c = clauses.get(p.id);
            Api.Clause clause = c == null ? null : ClauseViews.of(c, d, citable, p, departments.getOrDefault(c.id, List.of()), links, json);
            List<Api.Citation> citations = citesByProvision.getOrDefault(p.id, List.of()).stream()
                    .map(x -> new Api.Citation(x.kind, x.citedText, x.normalized, p.path, x.targetDocumentId != null,
                            DocumentQueries.ref(x.targetDocumentId == null ? null : targets.get(x.targetDocumentId)))).toList();
            return ApiProvisionBuilder.builder()
                    .documentId(d.id)
                    .documentNumber(citable)
                    .documentTitle(d.title)
                    .path(p.path)
                    .number(p.number)
                    .heading(p.heading)
                    .text(p.text)
                    .children(children.getOrDefault(p.path, List.of()))
                    .responsibility(clause)
                    .quantities(StoredQuantities.read(json, p.quantities))
                    .citations(citations)
                    .citationUrl(links.citationUrl(d, citable, p.path))
                    .apiUrl(links.provisionApiUrl(d, citable, p.path))
                    .readerUrl(links.provisionReaderUrl(d, citable, p.path))
                    .build();
        }).toList();
    }

    /** The citation URL of a provision of a document, for search hits. */
    public String citationUrl(DocumentEntity d, String path) {
        return links.citationUrl(d, DocumentQueries.citableNumber(d), path);
    }
}
