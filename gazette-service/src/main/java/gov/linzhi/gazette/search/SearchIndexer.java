package gov.linzhi.gazette.search;

import gov.linzhi.gazette.documents.DocumentEntity;
import gov.linzhi.gazette.documents.ProvisionEntity;
import gov.linzhi.gazette.issues.IssueEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the search index in step with the database: applies the outbox rows written with the data,
 * and rebuilds the whole index when it is missing or does not match the database.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);
    private static final int BATCH = 200;

    private final SearchIndex index;
    private final Clock clock;
    /** Whether a whole synchronisation has succeeded; until then the poll tries it again instead of only draining. */
    private volatile boolean synchronizedOnce;

    public SearchIndexer(SearchIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    /** Rebuilds the index when missing or stale, then applies what the outbox holds. */
    public synchronized void synchronize() {
        synchronizeWithTheDatabase();
        synchronizedOnce = true;
    }

    private void synchronizeWithTheDatabase() {
        long maxOutbox = QuarkusTransaction.requiringNew().call(() -> {
            Long max = OutboxEntity.getEntityManager().createQuery("select max(o.id) from OutboxEntity o", Long.class)
                    .getSingleResult();
            return max == null ? 0L : max;
        });
        long watermark = index.watermark();
        if (watermark < 0 || watermark > maxOutbox) {
            rebuild(maxOutbox);
            return;
        }
        drain();
        long current = QuarkusTransaction.requiringNew().call(() -> DocumentEntity.count("current = true"));
        if (current != index.documentCount()) {
            LOG.infof("search index holds %d documents, database %d: rebuilding", index.documentCount(), current);
            rebuild(maxOutbox);
        }
    }

    /** Replaces the index with every current document. */
    public synchronized void rebuild(long watermark) {
        List<SearchIndex.IndexedDocument> all = QuarkusTransaction.requiringNew().call(() ->
                load(DocumentEntity.<DocumentEntity>list("current = true order by id")));
        index.replaceAll(all, watermark);
        LOG.infof("search index rebuilt: %d documents", all.size());
    }

    /** Applies the outbox rows after the index's watermark. */
    public synchronized void drain() {
        while (true) {
            long from = index.watermark();
            List<OutboxEntity> batch = QuarkusTransaction.requiringNew().call(() ->
                    OutboxEntity.<OutboxEntity>find("id > ?1 order by id", Math.max(from, 0L)).page(0, BATCH).list());
            if (batch.isEmpty()) {
                return;
            }
            long last = batch.get(batch.size() - 1).id;
            Map<Long, String> latest = new HashMap<>();
            batch.forEach(o -> latest.put(o.documentId, o.operation));
            List<Long> deletes = new ArrayList<>();
            List<Long> upserts = new ArrayList<>();
            latest.forEach((id, op) -> (OutboxEntity.DELETE.equals(op) ? deletes : upserts).add(id));
            List<SearchIndex.IndexedDocument> docs = QuarkusTransaction.requiringNew().call(() ->
                    load(upserts.isEmpty() ? List.of() : DocumentEntity.<DocumentEntity>list("id in ?1 and current = true", upserts)));
            index.apply(docs, deletes, last);
            QuarkusTransaction.requiringNew().run(() -> OutboxEntity.update(
                    "appliedAt = ?1 where id <= ?2 and appliedAt is null", clock.instant(), last));
        }
    }

    /** Catches changes a crash kept from being applied right after their commit. */
    @Scheduled(every = "${gazette.search.poll-interval:30s}", delayed = "${gazette.search.poll-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            if (synchronizedOnce) {
                drain();
            } else {
                synchronize();
            }
        } catch (RuntimeException e) {
            LOG.warnf("search outbox not applied yet: %s", e.getClass().getSimpleName());
        }
    }

    private static List<SearchIndex.IndexedDocument> load(List<DocumentEntity> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> years = new HashMap<>();
        IssueEntity.<IssueEntity>list("id in ?1", documents.stream().map(d -> d.issueId).distinct().toList())
                .forEach(i -> years.put(i.id, i.year));
        Map<Long, List<SearchIndex.IndexedProvision>> provisions = new HashMap<>();
        ProvisionEntity.<ProvisionEntity>list("documentId in ?1 order by documentId, ordinal",
                        documents.stream().map(d -> d.id).toList())
                .forEach(p -> provisions.computeIfAbsent(p.documentId, k -> new ArrayList<>())
                        .add(new SearchIndex.IndexedProvision(p.path, p.heading, p.text)));
        List<SearchIndex.IndexedDocument> out = new ArrayList<>();
        for (DocumentEntity d : documents) {
            int year = d.signedOn != null ? d.signedOn.getYear() : years.getOrDefault(d.issueId, 0);
            out.add(new SearchIndex.IndexedDocument(d.id, d.title, d.documentNumber, d.category, d.issuingAuthority,
                    d.genre, d.signedOn, year, provisions.getOrDefault(d.id, List.of())));
        }
        return out;
    }
}
