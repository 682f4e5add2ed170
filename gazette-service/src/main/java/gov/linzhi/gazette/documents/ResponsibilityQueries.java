package gov.linzhi.gazette.documents;

import gov.linzhi.gazette.rest.Api;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads responsibility clauses (责任单位): by document, by department, and as a document's matrix (任务分工). */
@ApplicationScoped
public class ResponsibilityQueries {

    private final DocumentQueries documents;
    private final DocumentLinks links;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public ResponsibilityQueries(DocumentQueries documents, DocumentLinks links, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.documents = documents;
        this.links = links;
        this.json = json;
    }

    /** Clauses of a document (and the documents it publishes) and/or naming a department, lead or not. */
    public List<Api.Clause> responsibilities(String documentNumber, String department) {
        List<Long> documentIds;
        if (documentNumber != null && !documentNumber.isBlank()) {
            documentIds = DocumentQueries.withPublished(documents.byNumber(documentNumber));
        } else {
            documentIds = DocumentEntity.<DocumentEntity>list("current = true").stream().map(x -> x.id).toList();
        }
        List<Api.Clause> items = clauses(documentIds, department);
        return items;
    }

    /** Departments × provisions of a document and the documents it publishes (任务分工), lead or co-operating. */
    public Api.ResponsibilityMatrix matrix(DocumentEntity d) {
        return ResponsibilityMatrix.of(d.id, d.title, clauses(DocumentQueries.withPublished(d), null)).view();
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
        Map<Long, List<Api.Department>> departments = ClauseViews.departments(clauses.stream().map(c -> c.id).toList());
        List<ClauseEntity> ordered = new ArrayList<>(clauses);
        ordered.sort(Comparator.<ClauseEntity>comparingLong(c -> docs.get(c.documentId).issueId)
                .thenComparingInt(c -> docs.get(c.documentId).ordinal)
                .thenComparingInt(c -> provisions.get(c.provisionId).ordinal));
        Map<Long, String> citableNumbers = new HashMap<>();
        docs.values().forEach(d -> citableNumbers.put(d.id, DocumentQueries.citableNumber(d)));
        return ordered.stream().map(c -> ClauseViews.of(c, docs.get(c.documentId),
                citableNumbers.get(c.documentId), provisions.get(c.provisionId),
                departments.getOrDefault(c.id, List.of()), links, json)).toList();
    }

}
