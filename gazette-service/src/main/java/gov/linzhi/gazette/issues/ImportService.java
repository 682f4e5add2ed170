package gov.linzhi.gazette.issues;

import gov.linzhi.gazette.parsing.GazetteParseException;
import gov.linzhi.gazette.parsing.GazetteParser;
import gov.linzhi.gazette.parsing.Parsed;
import gov.linzhi.gazette.search.SearchIndexer;
import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.persistence.TransactionRetry;
import gov.linzhi.platform.problem.ProblemCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Imports gazette text: parse, store in one transaction, then bring the search index up to date. */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final GazetteStore store;
    private final SearchIndexer indexer;
    private final TransactionRetry retry;

    public ImportService(GazetteStore store, SearchIndexer indexer, TransactionRetry retry) {
        this.store = store;
        this.indexer = indexer;
        this.retry = retry;
    }

    /** Imports one issue; a text the parser cannot understand is a 422 naming the line. */
    public GazetteStore.Outcome importIssue(String text, boolean correction, String actor) {
        if (text == null || text.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, ProblemCodes.BODY_REQUIRED, "Request body required",
                    "the gazette text is required as the request body", List.of());
        }
        String source = text.replace("\r\n", "\n");
        Parsed.Issue parsed;
        try {
            parsed = new GazetteParser().parse(source);
        } catch (GazetteParseException e) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "UNPARSEABLE_GAZETTE", "Gazette text not understood",
                    e.getMessage(), List.of(new DomainException.FieldError("body", e.getMessage())));
        }
        String sha = sha256(source);
        GazetteStore.Outcome outcome;
        // imports of different issues at once may still collide in the database (a deadlock on the document and
        // citation indexes): the whole store runs again, and after the last attempt the caller is told to retry
        try {
            outcome = retry.call(() -> store.store(sha, source, parsed, correction, actor));
        } catch (PersistenceException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // another import of the same issue committed first: decide again against what it stored
            outcome = retry.call(() -> store.store(sha, source, parsed, correction, actor));
        }
        try {
            indexer.drain();
        } catch (RuntimeException e) {
            // the outbox keeps the change; the scheduled poll applies it
            LOG.warnf("search index not updated after import of issue %d: %s", outcome.issueId(), e.getClass().getSimpleName());
        }
        return outcome;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
