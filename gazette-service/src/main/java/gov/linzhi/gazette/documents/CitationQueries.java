package gov.linzhi.gazette.documents;

import gov.linzhi.gazette.rest.Api;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads citations between documents: what a document cites, and who cites it. A constant number of queries each. */
@ApplicationScoped
public class CitationQueries {

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
                    DocumentQueries.ref(first.targetDocumentId == null ? null : targets.get(first.targetDocumentId)),
                    list.stream().map(c -> paths.get(c.provisionId)).distinct().toList());
        }).toList();
    }

    /** The documents that cite this one, with the provisions that do: three queries, however many cite it. */
    public List<Api.CitedBy> citedBy(DocumentEntity d) {
        List<CitationEntity> cites = CitationEntity.list("targetDocumentId = ?1 order by documentId, ordinal", d.id);
        Map<Long, String> paths = provisionPaths(cites);
        Map<Long, List<CitationEntity>> bySource = new LinkedHashMap<>();
        cites.forEach(c -> bySource.computeIfAbsent(c.documentId, k -> new ArrayList<>()).add(c));
        Map<Long, DocumentEntity> sources = bySource.isEmpty() ? Map.of()
                : DocumentEntity.<DocumentEntity>list("id in ?1", List.copyOf(bySource.keySet())).stream()
                .collect(Collectors.toMap(x -> x.id, Function.identity()));
        List<Api.CitedBy> out = new ArrayList<>();
        bySource.forEach((source, list) -> out.add(new Api.CitedBy(DocumentQueries.ref(sources.get(source)),
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

    static Map<Long, DocumentEntity> targets(List<CitationEntity> cites) {
        Set<Long> ids = cites.stream().map(c -> c.targetDocumentId).filter(x -> x != null).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return DocumentEntity.<DocumentEntity>list("id in ?1", ids).stream().collect(Collectors.toMap(x -> x.id, Function.identity()));
    }
}
