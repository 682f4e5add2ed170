package gov.linzhi.gazette.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.gazette.config.GazetteConfig;
import gov.linzhi.gazette.vocabulary.DocumentNumber;
import gov.linzhi.gazette.vocabulary.ProvisionAddress;
import gov.linzhi.gazette.vocabulary.ProvisionPath;
import gov.linzhi.gazette.parsing.DocumentNumbers;
import gov.linzhi.gazette.rest.Api;
import gov.linzhi.platform.problem.ApiException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads documents, provisions, clauses and citations, and maps them to the API's JSON. */
@ApplicationScoped
public class DocumentQueries {

    private static final String API = "/api/v1";
    private static final Map<String, Sort> SORTS = Map.of(
            "signedOn", Sort.by("signedOn").and("id"),
            "-signedOn", Sort.by("signedOn", Sort.Direction.Descending).and("id"),
            "title", Sort.by("titleKey").and("id"),
            "issue", Sort.by("issueId").and("ordinal"),
            "-issue", Sort.by("issueId", Sort.Direction.Descending).and("ordinal"));

    private final ObjectMapper json;

    private final String publicBaseUrl;

    public DocumentQueries(ObjectMapper json, GazetteConfig config) {
        this.publicBaseUrl = config.publicBaseUrl();
        this.json = json;
    }

    // ------------------------------------------------------------------ documents

    /** A document by id, current or of a superseded version. */
    public DocumentEntity byId(long id) {
        return DocumentEntity.<DocumentEntity>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("DOCUMENT_NOT_FOUND", "no document " + id));
    }

    /** The current document with this number, in any common spelling. */
    public DocumentEntity byNumber(String number) {
        String canonical = canonicalNumber(number);
        return DocumentEntity.<DocumentEntity>find("documentNumber = ?1 and current = true order by id", canonical)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("DOCUMENT_NOT_FOUND", "no document numbered " + canonical));
    }

    /** The canonical spelling of a document number, or 400 INVALID_DOCUMENT_NUMBER. */
    public static String canonicalNumber(String number) {
        return DocumentNumbers.canonical(number).orElseThrow(() -> ApiException.badRequest("INVALID_DOCUMENT_NUMBER",
                "not a document number (like 林政办发〔2020〕5号): " + number));
    }

    /** Documents matching the filters, one page. */
    public Api.DocumentPage list(Long issueId, Integer year, String category, String genre, String authority,
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
            throw ApiException.invalid("sort", "one of " + String.join(", ", SORTS.keySet().stream().sorted().toList()));
        }
        var query = DocumentEntity.<DocumentEntity>find(q.toString(), order, p);
        long total = query.count();
        List<Api.DocumentSummary> items = query.page(Page.of(page, size)).list().stream().map(DocumentQueries::summary).toList();
        return new Api.DocumentPage(total, page, size, items);
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

    private static DocumentEntity target(Map<Long, DocumentEntity> targets, Long id) {
        return id == null ? null : targets.get(id);
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
        Map<String, String> links = new LinkedHashMap<>();
        String self = API + "/documents/" + d.id;
        links.put("self", self);
        if (d.hasText) {
            links.put("text", self + "/text");
            links.put("markdown", self + "/markdown");
        }
        links.put("references", self + "/references");
        links.put("citedBy", self + "/cited-by");
        links.put("issue", API + "/issues/" + d.issueId);
        String apiUrl = d.documentNumber != null && d.current
                ? publicBaseUrl + API + "/documents/by-number/" + ProvisionAddress.pathSegment(d.documentNumber)
                : publicBaseUrl + self;
        return new Api.Document(d.id, d.issueId, d.title, d.documentNumber, d.category, d.issuingAuthority, d.signedOn,
                d.genre, d.recipients, d.subtitle, d.page, d.hasText, d.current, publishes, ref(publisher), outline, links,
                apiUrl, publicBaseUrl + "/documents/" + d.id);
    }

    /** The document's Markdown as printed in the issue. */
    public String markdown(DocumentEntity d) {
        if (!d.hasText) {
            throw ApiException.notFound("DOCUMENT_TEXT_NOT_IN_ISSUE", "document " + d.id
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

    // ------------------------------------------------------------------ provisions

    /** A provision of a document by path. */
    public Api.Provision provision(DocumentEntity d, String path) {
        checkPath(path);
        ProvisionEntity p = ProvisionEntity.<ProvisionEntity>find("documentId = ?1 and path = ?2", d.id, path)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("PROVISION_NOT_FOUND", "document " + d.id + " has no provision " + path));
        return provisionView(d, p);
    }

    /** A provision by the stable citation URL: in the numbered document, then in the documents it publishes. */
    public Api.Provision provisionByNumber(String number, String path) {
        checkPath(path);
        DocumentEntity d = byNumber(number);
        List<DocumentEntity> candidates = new ArrayList<>();
        candidates.add(d);
        candidates.addAll(DocumentEntity.list("publishedById = ?1 order by ordinal", d.id));
        for (DocumentEntity c : candidates) {
            var p = ProvisionEntity.<ProvisionEntity>find("documentId = ?1 and path = ?2", c.id, path).firstResultOptional();
            if (p.isPresent()) {
                return provisionView(c, p.get());
            }
        }
        throw ApiException.notFound("PROVISION_NOT_FOUND", "neither " + d.documentNumber
                + " nor a document it publishes has a provision " + path);
    }

    private static void checkPath(String path) {
        if (ProvisionPath.parse(path).isEmpty()) {
            throw ApiException.badRequest("INVALID_PROVISION_PATH",
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
        String citable = citableNumber(d);
        List<Long> ids = wanted.stream().map(p -> p.id).toList();
        Map<String, List<Api.ProvisionChild>> children = new HashMap<>();
        ProvisionEntity.<ProvisionEntity>list("documentId = ?1 and parentPath in ?2 order by ordinal", d.id,
                        wanted.stream().map(p -> p.path).toList())
                .forEach(c -> children.computeIfAbsent(c.parentPath, k -> new ArrayList<>())
                        .add(new Api.ProvisionChild(c.path, c.heading)));
        Map<Long, ClauseEntity> clauses = new HashMap<>();
        ClauseEntity.<ClauseEntity>list("provisionId in ?1 order by id", ids).forEach(c -> clauses.putIfAbsent(c.provisionId, c));
        Map<Long, List<Api.Department>> departments = clauses.isEmpty() ? Map.of()
                : departments(clauses.values().stream().map(c -> c.id).toList());
        List<CitationEntity> cites = CitationEntity.list("provisionId in ?1 order by ordinal", ids);
        Map<Long, DocumentEntity> targets = targets(cites);
        Map<Long, List<CitationEntity>> citesByProvision = new HashMap<>();
        cites.forEach(c -> citesByProvision.computeIfAbsent(c.provisionId, k -> new ArrayList<>()).add(c));
        return wanted.stream().map(p -> {
            ClauseEntity c = clauses.get(p.id);
            Api.Clause clause = c == null ? null : clauseView(c, d, citable, p, departments.getOrDefault(c.id, List.of()));
            List<Api.Citation> citations = citesByProvision.getOrDefault(p.id, List.of()).stream()
                    .map(x -> new Api.Citation(x.kind, x.citedText, x.normalized, p.path, x.targetDocumentId != null,
                            ref(target(targets, x.targetDocumentId)))).toList();
            return new Api.Provision(d.id, citable, d.title, p.path, p.number, p.heading, p.text,
                    children.getOrDefault(p.path, List.of()), clause, quantities(p.quantities), citations,
                    citationUrl(d, citable, p.path), apiUrl(d, citable, p.path), readerUrl(d, citable, p.path));
        }).toList();
    }

    /** The number a provision of {@code d} is cited by: its own, or that of the notice publishing it. */
    private static String citableNumber(DocumentEntity d) {
        if (d.documentNumber != null || d.publishedById == null) {
            return d.documentNumber;
        }
        DocumentEntity publisher = DocumentEntity.findById(d.publishedById);
        return publisher == null ? null : publisher.documentNumber;
    }

    /**
     * The provision as JSON, absolute: by the number it is cited by when the version is current (the stable address),
     * else by the version's id.
     */
    private String apiUrl(DocumentEntity d, String citable, String path) {
        return citable != null && d.current
                ? address(citable, path).apiUrl(publicBaseUrl)
                : publicBaseUrl + API + "/documents/" + d.id + "/provisions/" + path;
    }

    /** The reader's page at the provision, absolute: the permalink for the current version, the version's anchor else. */
    private String readerUrl(DocumentEntity d, String citable, String path) {
        return citable != null && d.current
                ? address(citable, path).readerUrl(publicBaseUrl)
                : publicBaseUrl + "/documents/" + d.id + "#" + ProvisionAddress.fragment(path);
    }

    private static ProvisionAddress address(String citable, String path) {
        return new ProvisionAddress(DocumentNumber.of(citable), ProvisionPath.of(path));
    }

    private static String citationUrl(DocumentEntity d, String citable, String path) {
        return citable != null
                ? API + "/documents/by-number/" + citable + "/provisions/" + path
                : API + "/documents/" + d.id + "/provisions/" + path;
    }

    private List<Api.Quantity> quantities(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return json.readValue(stored, new TypeReference<List<Api.Quantity>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored quantities unreadable", e);
        }
    }

    // ------------------------------------------------------------------ responsibilities

    /** Clauses of a document (and the documents it publishes) and/or naming a department, lead or not. */
    public Api.ClauseList responsibilities(String documentNumber, String department) {
        List<Long> documentIds;
        if (documentNumber != null && !documentNumber.isBlank()) {
            documentIds = withPublished(byNumber(documentNumber));
        } else {
            documentIds = DocumentEntity.<DocumentEntity>list("current = true").stream().map(x -> x.id).toList();
        }
        List<Api.Clause> items = clauses(documentIds, department);
        return new Api.ClauseList(items.size(), items);
    }

    /** Departments × provisions of a document and the documents it publishes (任务分工), lead or co-operating. */
    public Api.ResponsibilityMatrix matrix(DocumentEntity d) {
        return ResponsibilityMatrix.of(d.id, d.title, clauses(withPublished(d), null)).view();
    }

    private static List<Long> withPublished(DocumentEntity d) {
        List<Long> ids = new ArrayList<>();
        ids.add(d.id);
        DocumentEntity.<DocumentEntity>list("publishedById = ?1 order by ordinal", d.id).forEach(x -> ids.add(x.id));
        return ids;
    }

    /** The clauses of the documents (naming the department, when given), in document then provision order. */
    private List<Api.Clause> clauses(List<Long> documentIds, String department) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        List<ClauseEntity> clauses;
        if (department != null && !department.isBlank()) {
            String name = department.strip().replace('(', '（').replace(')', '）');
            clauses = ClauseEntity.list("documentId in ?1 and id in (select d.clauseId from ClauseDepartmentEntity d "
                    + "where d.name = ?2 or d.name = ?3)", documentIds, name, "市" + name);
        } else {
            clauses = ClauseEntity.list("documentId in ?1", documentIds);
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        Map<Long, DocumentEntity> docs = DocumentEntity.<DocumentEntity>list("id in ?1",
                clauses.stream().map(c -> c.documentId).distinct().toList()).stream()
                .collect(Collectors.toMap(x -> x.id, Function.identity()));
        Map<Long, ProvisionEntity> provisions = ProvisionEntity.<ProvisionEntity>list("id in ?1",
                clauses.stream().map(c -> c.provisionId).toList()).stream()
                .collect(Collectors.toMap(x -> x.id, Function.identity()));
        Map<Long, List<Api.Department>> departments = departments(clauses.stream().map(c -> c.id).toList());
        List<ClauseEntity> ordered = new ArrayList<>(clauses);
        ordered.sort(Comparator.<ClauseEntity>comparingLong(c -> docs.get(c.documentId).issueId)
                .thenComparingInt(c -> docs.get(c.documentId).ordinal)
                .thenComparingInt(c -> provisions.get(c.provisionId).ordinal));
        Map<Long, String> citableNumbers = new HashMap<>();
        docs.values().forEach(d -> citableNumbers.put(d.id, citableNumber(d)));
        return ordered.stream().map(c -> clauseView(c, docs.get(c.documentId),
                citableNumbers.get(c.documentId), provisions.get(c.provisionId),
                departments.getOrDefault(c.id, List.of()))).toList();
    }

    private static Map<Long, List<Api.Department>> departments(List<Long> clauseIds) {
        Map<Long, List<Api.Department>> out = new HashMap<>();
        ClauseDepartmentEntity.<ClauseDepartmentEntity>list("clauseId in ?1 order by clauseId, ordinal", clauseIds)
                .forEach(d -> out.computeIfAbsent(d.clauseId, k -> new ArrayList<>())
                        .add(new Api.Department(d.name, d.lead, d.collective)));
        return out;
    }

    /** {@code citable} is {@link #citableNumber}(d), looked up once per document by the callers. */
    private static Api.Clause clauseView(ClauseEntity c, DocumentEntity d, String citable, ProvisionEntity p,
                                         List<Api.Department> deps) {
        return new Api.Clause(d.id, citable, d.title, p.path, p.heading, p.text, citationUrl(d, citable, p.path),
                c.rawText, deps, c.lead);
    }

    // ------------------------------------------------------------------ citations

    /** What a document cites, grouped by target, with the provisions citing it. */
    public List<Api.Reference> references(DocumentEntity d) {
        List<CitationEntity> cites = CitationEntity.list("documentId = ?1 order by ordinal", d.id);
        Map<Long, String> paths = provisionPaths(cites);
        Map<Long, DocumentEntity> targets = targets(cites);
        Map<String, List<CitationEntity>> grouped = new LinkedHashMap<>();
        cites.forEach(c -> grouped.computeIfAbsent(c.kind + "|" + c.normalized, k -> new ArrayList<>()).add(c));
        return grouped.values().stream().map(list -> {
            CitationEntity first = list.get(0);
            return new Api.Reference(first.kind, first.normalized, first.targetDocumentId != null,
                    ref(target(targets, first.targetDocumentId)),
                    list.stream().map(c -> paths.get(c.provisionId)).distinct().toList());
        }).toList();
    }

    /** The documents that cite this one, with the provisions that do. */
    public List<Api.CitedBy> citedBy(DocumentEntity d) {
        List<CitationEntity> cites = CitationEntity.list("targetDocumentId = ?1 order by documentId, ordinal", d.id);
        Map<Long, String> paths = provisionPaths(cites);
        Map<Long, List<CitationEntity>> bySource = new LinkedHashMap<>();
        cites.forEach(c -> bySource.computeIfAbsent(c.documentId, k -> new ArrayList<>()).add(c));
        List<Api.CitedBy> out = new ArrayList<>();
        bySource.forEach((source, list) -> out.add(new Api.CitedBy(ref(DocumentEntity.findById(source)),
                list.stream().map(c -> paths.get(c.provisionId)).distinct().toList())));
        return out;
    }

    private static Map<Long, String> provisionPaths(List<CitationEntity> cites) {
        if (cites.isEmpty()) {
            return Map.of();
        }
        return ProvisionEntity.<ProvisionEntity>list("id in ?1", cites.stream().map(c -> c.provisionId).distinct().toList())
                .stream().collect(Collectors.toMap(p -> p.id, p -> p.path));
    }

    private static Map<Long, DocumentEntity> targets(List<CitationEntity> cites) {
        Set<Long> ids = cites.stream().map(c -> c.targetDocumentId).filter(x -> x != null).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return DocumentEntity.<DocumentEntity>list("id in ?1", ids).stream().collect(Collectors.toMap(x -> x.id, Function.identity()));
    }

    /** The citation URL of a provision of a document, for search hits. */
    public String citationUrl(DocumentEntity d, String path) {
        return citationUrl(d, citableNumber(d), path);
    }
}
