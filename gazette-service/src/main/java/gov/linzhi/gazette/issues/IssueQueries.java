package gov.linzhi.gazette.issues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.gazette.documents.DocumentEntity;
import gov.linzhi.gazette.documents.DocumentQueries;
import gov.linzhi.gazette.rest.Api;
import gov.linzhi.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads issues and their tables of contents. */
@ApplicationScoped
public class IssueQueries {

    private final ObjectMapper json;

    public IssueQueries(ObjectMapper json) {
        this.json = json;
    }

    /** Issues, newest first; superseded versions only when asked for. */
    public List<Api.IssueSummary> list(boolean includeSuperseded) {
        String q = includeSuperseded ? "order by year desc, issueNumber desc, version desc"
                : "current = true order by year desc, issueNumber desc";
        return IssueEntity.<IssueEntity>find(q).list().stream().map(IssueQueries::summary).toList();
    }

    public IssueEntity byId(long id) {
        return IssueEntity.<IssueEntity>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("ISSUE_NOT_FOUND", "no issue " + id));
    }

    public Api.Issue view(IssueEntity i) {
        List<Api.EditorialEntry> editorial;
        try {
            editorial = i.editorial == null ? List.of()
                    : json.readValue(i.editorial, new TypeReference<List<Api.EditorialEntry>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored editorial box unreadable", e);
        }
        List<Api.DocumentSummary> documents = DocumentEntity.<DocumentEntity>list("issueId = ?1 order by ordinal", i.id)
                .stream().map(DocumentQueries::summary).toList();
        return new Api.Issue(summary(i), i.supervisor, i.sponsor, editorial, toc(i), documents);
    }

    public List<Api.TocEntry> toc(IssueEntity i) {
        Map<Long, DocumentEntity> docs = DocumentEntity.<DocumentEntity>list("issueId", i.id).stream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
        return TocEntryEntity.<TocEntryEntity>list("issueId = ?1 order by ordinal", i.id).stream()
                .map(t -> new Api.TocEntry(t.section, t.title, t.page, t.documentId, docs.get(t.documentId).hasText))
                .toList();
    }

    static Api.IssueSummary summary(IssueEntity i) {
        return new Api.IssueSummary(i.id, i.title, i.year, i.issueNumber, i.cumulativeNumber, i.frequency, i.version,
                i.current, i.supersededBy, i.importedAt);
    }
}
