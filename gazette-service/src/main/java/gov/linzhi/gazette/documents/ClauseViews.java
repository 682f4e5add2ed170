package gov.linzhi.gazette.documents;

import gov.linzhi.gazette.rest.Api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A responsibility clause as the API shows it, shared by the provision and the responsibility read models. */
final class ClauseViews {

    private ClauseViews() {
    }

    /** {@code citable} is the document's {@link DocumentQueries#citableNumber}, looked up once per document by the callers. */
    static Api.Clause of(ClauseEntity c, DocumentEntity d, String citable, ProvisionEntity p, List<Api.Department> deps,
                         DocumentLinks links, com.fasterxml.jackson.databind.ObjectMapper json) {
        return new Api.Clause(d.id, citable, d.title, p.path, p.heading, p.text, links.citationUrl(d, citable, p.path),
                c.rawText, deps, c.lead, StoredQuantities.read(json, p.quantities));
    }

    /** The departments of each clause, in the order the clause names them. */
    static Map<Long, List<Api.Department>> departments(List<Long> clauseIds) {
        Map<Long, List<Api.Department>> out = new HashMap<>();
        ClauseDepartmentEntity.<ClauseDepartmentEntity>list("clauseId in ?1 order by clauseId, ordinal", clauseIds)
                .forEach(d -> out.computeIfAbsent(d.clauseId, k -> new ArrayList<>())
                        .add(new Api.Department(d.name, d.lead, d.collective)));
        return out;
    }
}
