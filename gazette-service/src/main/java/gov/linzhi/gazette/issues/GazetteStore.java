package gov.linzhi.gazette.issues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.gazette.documents.CitationEntity;
import gov.linzhi.gazette.documents.ClauseDepartmentEntity;
import gov.linzhi.gazette.documents.ClauseEntity;
import gov.linzhi.gazette.documents.DocumentEntity;
import gov.linzhi.gazette.documents.ProvisionEntity;
import gov.linzhi.gazette.parsing.Parsed;
import gov.linzhi.gazette.parsing.Text;
import gov.linzhi.gazette.search.OutboxEntity;
import gov.linzhi.platform.audit.AuditAction;
import gov.linzhi.platform.audit.AuditLog;
import gov.linzhi.platform.audit.AuditSubject;
import gov.linzhi.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stores a parsed issue in one transaction, with the search outbox rows for its documents: the
 * whole issue or nothing. The same text again stores nothing; a changed text of a stored issue is a
 * conflict unless it is a correction, which adds a new version and keeps the old one readable.
 */
@ApplicationScoped
public class GazetteStore {

    /** What an import did. */
    public enum Status { CREATED, UNCHANGED, CORRECTED }

    /** The outcome of an import. */
    public record Outcome(Status status, long issueId, int version, List<Long> documentIds, Long supersededIssueId) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditLog audit;

    public GazetteStore(EntityManager em, ObjectMapper json, Clock clock, AuditLog audit) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public Outcome store(String sha256, String source, Parsed.Issue parsed, boolean correction, String actor) {
        // the import's turn (V3__import_turn.sql): the first statement, so that what follows reads every import
        // committed before it
        em.createNativeQuery("UPDATE import_turn SET imports_stored = imports_stored + 1 WHERE id = 1").executeUpdate();
        IssueEntity existing = IssueEntity.<IssueEntity>find("year = ?1 and issueNumber = ?2 and current = true",
                parsed.year(), parsed.number()).firstResultOptional().orElse(null);
        if (existing != null && existing.sourceSha256.equals(sha256)) {
            return new Outcome(Status.UNCHANGED, existing.id, existing.version, documentIds(existing.id), null);
        }
        if (existing != null && !correction) {
            throw DomainException.conflict("ISSUE_ALREADY_IMPORTED", parsed.year() + "年第" + parsed.number()
                    + "期 is already stored (issue " + existing.id + ", version " + existing.version
                    + ") with a different text; import it with correction=true to store the new text as a"
                    + " correction, which keeps the old version readable");
        }
        Instant now = clock.instant();
        IssueEntity issue = new IssueEntity();
        issue.title = parsed.title();
        issue.year = parsed.year();
        issue.issueNumber = parsed.number();
        issue.cumulativeNumber = parsed.cumulativeNumber();
        issue.frequency = parsed.frequency();
        issue.supervisor = parsed.supervisor();
        issue.sponsor = parsed.sponsor();
        issue.editorial = toJson(parsed.editorial());
        issue.sourceSha256 = sha256;
        issue.sourceText = source;
        issue.version = existing == null ? 1 : existing.version + 1;
        issue.current = true;
        issue.importedAt = now;
        issue.importedBy = actor;
        if (existing != null) {
            supersede(existing, now);
        }
        issue.persist();
        if (existing != null) {
            existing.supersededBy = issue.id;
        }

        List<DocumentEntity> documents = new ArrayList<>();
        for (int i = 0; i < parsed.documents().size(); i++) {
            documents.add(persistDocument(issue.id, i, parsed.documents().get(i)));
        }
        for (int i = 0; i < parsed.documents().size(); i++) {
            for (int published : parsed.documents().get(i).publishesIndex()) {
                documents.get(published).publishedById = documents.get(i).id;
            }
        }
        for (int t = 0; t < parsed.tableOfContents().size(); t++) {
            Parsed.TocEntry e = parsed.tableOfContents().get(t);
            TocEntryEntity toc = new TocEntryEntity();
            toc.issueId = issue.id;
            toc.ordinal = t;
            toc.section = e.section();
            toc.title = e.title();
            toc.page = e.page();
            toc.documentId = documents.get(e.documentIndex()).id;
            toc.persist();
        }
        em.flush();
        resolveCitations(issue.id);
        documents.forEach(d -> OutboxEntity.record(d.id, OutboxEntity.UPSERT, now));
        audit.append(actor, AuditAction.of(existing == null ? "ISSUE_IMPORTED" : "ISSUE_CORRECTED"), AuditSubject.of("issue", issue.id),
                Map.of("version", issue.version, "documents", documents.size(), "sha256", sha256));
        return new Outcome(existing == null ? Status.CREATED : Status.CORRECTED, issue.id, issue.version,
                documents.stream().map(d -> d.id).toList(), existing == null ? null : existing.id);
    }

    private void supersede(IssueEntity old, Instant now) {
        old.current = false;
        List<DocumentEntity> oldDocs = DocumentEntity.list("issueId", old.id);
        for (DocumentEntity d : oldDocs) {
            d.current = false;
            OutboxEntity.record(d.id, OutboxEntity.DELETE, now);
        }
        em.flush();
        // citations that pointed at the old version are resolved again against the new one
        em.createNativeQuery("UPDATE citation SET target_document_id = NULL WHERE target_document_id IN "
                + "(SELECT id FROM gazette_document WHERE issue_id = ?1)").setParameter(1, old.id).executeUpdate();
    }

    /**
     * Links the unresolved citations this import can resolve to the current document they name: this issue's own
     * citations, against every current document, and earlier imports' citations of one of this issue's documents
     * (by number or title). Each update reaches only those rows, through their index: an update of every unresolved
     * citation took locks on all of them, so imports of different issues at once deadlocked on each other, and each
     * import took longer the more citations had stayed unresolved (found by bench/run.sh).
     */
    private void resolveCitations(long issueId) {
        String byNumber = """
                UPDATE citation c SET c.target_document_id = (
                  SELECT MIN(d.id) FROM gazette_document d
                  WHERE d.current_version AND d.document_number = c.normalized)
                WHERE c.target_document_id IS NULL AND c.kind = 'DOCUMENT_NUMBER' AND\s""";
        String byTitle = """
                UPDATE citation c SET c.target_document_id = (
                  SELECT MIN(d.id) FROM gazette_document d
                  WHERE d.current_version AND (d.title_key = c.normalized OR d.title_key = CONCAT('林芝市', c.normalized)))
                WHERE c.target_document_id IS NULL AND c.kind = 'TITLE' AND\s""";
        String ownCitations = "c.document_id IN (SELECT o.id FROM gazette_document o WHERE o.issue_id = ?1)";
        for (String update : List.of(byNumber + ownCitations, byTitle + ownCitations,
                byNumber + """
                        c.normalized IN (SELECT n.document_number FROM gazette_document n
                                         WHERE n.issue_id = ?1 AND n.document_number IS NOT NULL)""",
                byTitle + """
                        c.normalized IN (SELECT n.title_key FROM gazette_document n WHERE n.issue_id = ?1
                                         UNION SELECT SUBSTRING(n.title_key, 4) FROM gazette_document n
                                         WHERE n.issue_id = ?1 AND n.title_key LIKE '林芝市%')""")) {
            em.createNativeQuery(update).setParameter(1, issueId).executeUpdate();
        }
    }

    private DocumentEntity persistDocument(long issueId, int ordinal, Parsed.Document p) {
        DocumentEntity d = new DocumentEntity();
        d.issueId = issueId;
        d.ordinal = ordinal;
        d.title = p.title();
        d.titleKey = Text.titleKey(p.title());
        d.category = p.category();
        d.issuingAuthority = p.issuingAuthority();
        d.documentNumber = p.documentNumber();
        d.signedOn = p.signedOn();
        d.genre = p.genre();
        d.recipients = p.recipients();
        d.subtitle = p.subtitle();
        d.page = p.page();
        d.hasText = p.hasText();
        d.markdown = p.markdown();
        d.current = true;
        d.persist();
        int citationOrdinal = 0;
        for (int i = 0; i < p.provisions().size(); i++) {
            Parsed.Provision pp = p.provisions().get(i);
            ProvisionEntity pe = new ProvisionEntity();
            pe.documentId = d.id;
            pe.ordinal = i;
            pe.path = pp.path();
            pe.parentPath = pp.parentPath();
            pe.level = pp.level();
            pe.number = pp.number();
            pe.heading = pp.heading();
            pe.text = pp.text();
            pe.quantities = toJson(pp.quantities());
            pe.persist();
            if (pp.responsibility() != null) {
                persistClause(d.id, pe.id, pp.responsibility());
            }
            for (Parsed.Citation c : pp.citations()) {
                CitationEntity ce = new CitationEntity();
                ce.documentId = d.id;
                ce.provisionId = pe.id;
                ce.ordinal = citationOrdinal++;
                ce.kind = c.kind().name();
                ce.citedText = c.text();
                ce.normalized = c.normalized();
                ce.persist();
            }
        }
        return d;
    }

    private static void persistClause(long documentId, long provisionId, Parsed.Clause clause) {
        ClauseEntity ce = new ClauseEntity();
        ce.documentId = documentId;
        ce.provisionId = provisionId;
        ce.rawText = clause.rawText();
        ce.lead = clause.lead();
        ce.persist();
        for (int k = 0; k < clause.departments().size(); k++) {
            Parsed.Department dep = clause.departments().get(k);
            ClauseDepartmentEntity de = new ClauseDepartmentEntity();
            de.clauseId = ce.id;
            de.ordinal = k;
            de.name = dep.name();
            de.lead = dep.lead();
            de.collective = dep.collective();
            de.persist();
        }
    }

    private List<Long> documentIds(long issueId) {
        return DocumentEntity.<DocumentEntity>list("issueId = ?1 order by ordinal", issueId).stream().map(d -> d.id).toList();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
