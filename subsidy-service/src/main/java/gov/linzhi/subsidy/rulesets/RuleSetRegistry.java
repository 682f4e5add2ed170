package gov.linzhi.subsidy.rulesets;

import gov.linzhi.subsidy.rules.BuiltInRuleSet;
import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rules.RuleSetLoader;
import gov.linzhi.subsidy.rules.RuleSetRejectedException;
import gov.linzhi.subsidy.rules.RuleSets;
import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.audit.AuditAction;
import gov.linzhi.platform.audit.AuditLog;
import gov.linzhi.platform.audit.AuditSubject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The rule-set versions every instance shares through MariaDB. Built-in versions are checked and
 * stored at start (a bad one stops the service); further versions arrive through the API. Each
 * instance caches the compiled sets and looks for new rows at most every refresh interval (claims
 * always look, so a claim is never decided under an outdated version).
 */
@ApplicationScoped
public class RuleSetRegistry {

    public static final String RULE_SET_REJECTED = "RULE_SET_REJECTED";
    public static final String RULE_SET_VERSION_EXISTS = "RULE_SET_VERSION_EXISTS";

    private static final Logger LOG = Logger.getLogger(RuleSetRegistry.class);

    @ConfigProperty(name = "subsidy.rules.built-in")
    List<String> builtIn;

    @ConfigProperty(name = "subsidy.rules.refresh-interval", defaultValue = "2S")
    Duration refreshInterval;

    @Inject
    AuditLog audit;

    private volatile Snapshot snapshot = new Snapshot(new RuleSets(List.of()), -1, -1, Map.of(), Map.of());
    private volatile long checkedAt;
    /**
     * Compiled rule sets by the SHA-256 of the exact stored content they were compiled from: a start compiled the
     * built-in set twice (its file, then its stored copy: half a second of every start), and a new version loaded made
     * every older one compile again. A content changed in the database hashes differently and is compiled (and
     * checked) anew.
     */
    private final Map<String, RuleSet> compiled = new java.util.concurrent.ConcurrentHashMap<>();
    /** Set while one caller looks at the database for new versions; the others keep using the snapshot meanwhile. */
    private final AtomicBoolean looking = new AtomicBoolean();

    /** A built-in file, read and compiled (its policy cases run), or refused. */
    private record BuiltIn(String resource, BuiltInRuleSet file, RuleSet set, RuleSetRejectedException refused) {
    }

    private volatile CompletableFuture<List<BuiltIn>> builtIns;

    /**
     * Compiling the built-in files needs no database: it starts as soon as the container is up, on a thread of its own,
     * while Hibernate, the pool and Flyway start on the main thread (0.5 s of every start overlapped).
     */
    void compileBuiltInsEarly(@Observes @Initialized(ApplicationScoped.class) Object containerUp) {
        builtIns = CompletableFuture.supplyAsync(this::compileBuiltIns, task -> {
            Thread t = new Thread(task, "rule-set-compiler");
            t.setDaemon(true);
            t.start();
        });
    }

    private List<BuiltIn> compileBuiltIns() {
        List<BuiltIn> out = new ArrayList<>();
        for (String resource : builtIn) {
            BuiltInRuleSet file = BuiltInRuleSet.read(resource);
            try {
                out.add(new BuiltIn(resource, file, RuleSetLoader.fromYaml(file.text(), file.cases()), null));
            } catch (RuleSetRejectedException e) {
                out.add(new BuiltIn(resource, file, null, e));
            }
        }
        return out;
    }

    void onStart(@Observes StartupEvent event) {
        List<BuiltIn> files = builtIns != null ? builtIns.join() : compileBuiltIns();
        for (BuiltIn compiledFile : files) {
            String resource = compiledFile.resource();
            BuiltInRuleSet file = compiledFile.file();
            if (compiledFile.refused() != null) {
                RuleSetRejectedException e = compiledFile.refused();
                throw new IllegalStateException("built-in rule set " + resource + " rejected: " + String.join("; ", e.problems()), e);
            }
            RuleSet set = compiledFile.set();
            String sha = sha256(RuleSetLoader.toJson(set.document()));
            compiled.put(sha, set);
            RuleSetVersionRecord stored = QuarkusTransaction.requiringNew().call(() ->
                    RuleSetVersionRecord.<RuleSetVersionRecord>find("version", set.version()).firstResult());
            if (stored != null) {
                requireUnchanged(resource, stored, sha);
                continue;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> store(set, "BUILT_IN", "system", file.text()));
            } catch (RuntimeException e) {
                // another instance stored it at the same moment: the unique constraint kept one copy
                LOG.infof("built-in rule set %s already stored by another instance", set.version());
            }
        }
        refresh(true);
        LOG.infof("rule sets loaded: %s", snapshot.sets.versions().stream().map(RuleSet::version).toList());
    }

    /**
     * A version is what decided claims: the same name must always mean the same rules, so a built-in file changed
     * without a new version stops the start, naming the version.
     */
    static void requireUnchanged(String resource, RuleSetVersionRecord stored, String sha) {
        if (!stored.sha256.equals(sha)) {
            throw new IllegalStateException("built-in rule set " + resource + " was changed but keeps version " + stored.version
                    + ", which is stored with other content (sha256 " + stored.sha256 + ", the file now gives " + sha
                    + "): give the changed rule set a new version");
        }
    }

    /**
     * Stored versions that no longer pass their checks (a rule set changed in the database, or a release whose checks
     * are stricter), with their problems. Readiness fails while there is one: the service must not decide claims
     * without a version an officer loaded.
     */
    public Map<String, List<String>> broken() {
        return snapshot.broken;
    }

    /** The text of a version as it was loaded; for a version stored before texts were kept, its stored content. */
    public java.util.Optional<String> source(String version) {
        RuleSetVersionRecord r = snapshot.records.get(version);
        return r == null ? java.util.Optional.empty() : java.util.Optional.of(r.sourceText != null ? r.sourceText : r.content);
    }

    /** The loaded versions, refreshed from the database at most every refresh interval. */
    public RuleSets current() {
        return refresh(false).sets;
    }

    /**
     * The loaded versions if they were checked against the database within the refresh interval, without
     * touching the database; null when a look is due (then call {@link #current()} where blocking is allowed).
     */
    public RuleSets loadedIfFresh() {
        long checked = checkedAt;
        return System.nanoTime() - checked < refreshInterval.toNanos() ? snapshot.sets : null;
    }

    /** The loaded versions, checked against the database now. */
    public RuleSets fresh() {
        return refresh(true).sets;
    }

    /** How the stored versions stand: how many there are and the newest id (versions are only ever added). */
    public record Stamp(long count, long maxId) {
    }

    /**
     * Two select-list expressions that read the {@link Stamp} inside another statement: a claim reads them with its
     * person's row, which saves every claim a round trip.
     */
    public static final String STAMP_COLUMNS = "(SELECT COUNT(*) FROM rule_set_version), (SELECT COALESCE(MAX(id), 0) FROM rule_set_version)";

    /** The loaded versions, given the stamp the caller's transaction read just now: loaded again if it differs. */
    public RuleSets freshAt(Stamp stamp) {
        return look(System.nanoTime(), stamp).sets;
    }

    /** Metadata of every stored version, oldest first. */
    public List<RuleSetVersionRecord> records() {
        return RuleSetVersionRecord.list("order by id");
    }

    /** When and by whom a version was loaded. */
    public RuleSetVersionRecord record(String version) {
        return snapshot.records.get(version);
    }

    /**
     * Checks and stores a new version. Refused with 422 and every problem when it fails its checks,
     * with 409 when its version name or effective date is taken.
     */
    public RuleSet load(String text, String actor) {
        RuleSet set;
        try {
            set = RuleSetLoader.fromYaml(text);
        } catch (RuleSetRejectedException e) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, RULE_SET_REJECTED, "Rule set rejected", String.join("; ", e.problems()),
                    e.problems().stream().map(p -> new DomainException.FieldError("ruleSet", p)).toList());
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (RuleSetVersionRecord.count("version", set.version()) > 0) {
                    throw DomainException.conflict(RULE_SET_VERSION_EXISTS, "rule-set version " + set.version() + " is already loaded");
                }
                RuleSetVersionRecord sameDate = RuleSetVersionRecord.find("effectiveFrom", set.effectiveFrom()).firstResult();
                if (sameDate != null) {
                    throw DomainException.conflict(RULE_SET_VERSION_EXISTS, "rule-set version " + sameDate.version
                            + " already takes effect on " + set.effectiveFrom());
                }
                store(set, "API", actor, text);
            });
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            throw DomainException.conflict(RULE_SET_VERSION_EXISTS, "rule-set version " + set.version()
                    + " or its effective date was stored by someone else at the same time");
        }
        refresh(true);
        return set;
    }

    private void store(RuleSet set, String source, String actor, String text) {
        String json = RuleSetLoader.toJson(set.document());
        RuleSetVersionRecord r = new RuleSetVersionRecord();
        r.sourceText = text;
        r.version = set.version();
        r.effectiveFrom = set.effectiveFrom();
        r.periodFrom = set.periodFrom();
        r.periodTo = set.periodTo();
        r.source = source;
        r.content = json;
        r.sha256 = sha256(json);
        r.loadedBy = actor;
        r.persistAndFlush();
        compiled.put(r.sha256, set);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", set.version());
        details.put("effectiveFrom", set.effectiveFrom().toString());
        details.put("source", source);
        details.put("sha256", r.sha256);
        audit.append(actor, AuditAction.of("RULE_SET_LOADED"), AuditSubject.of("rule-set", set.version()), details);
    }

    private Snapshot refresh(boolean force) {
        long now = System.nanoTime();
        if (!force && now - checkedAt < refreshInterval.toNanos()) {
            return snapshot;
        }
        // Without this, every request arriving once the interval is over ran the same query at once (under 32
        // connections, dozens of identical queries every interval). One caller looks; the others answer with the
        // snapshot, at most one query's time older. An interval of zero means "always look", for every caller.
        if (!force && !refreshInterval.isZero()) {
            if (!looking.compareAndSet(false, true)) {
                return snapshot;
            }
            try {
                return look(now);
            } finally {
                looking.set(false);
            }
        }
        return look(now);
    }

    private Snapshot look(long now) {
        Object[] stamp = QuarkusTransaction.joiningExisting().call(() -> (Object[]) RuleSetVersionRecord.getEntityManager()
                .createQuery("select count(r), coalesce(max(r.id), 0) from RuleSetVersionRecord r").getSingleResult());
        return look(now, new Stamp(((Number) stamp[0]).longValue(), ((Number) stamp[1]).longValue()));
    }

    private Snapshot look(long now, Stamp stamp) {
        long count = stamp.count();
        long maxId = stamp.maxId();
        Snapshot current = snapshot;
        if (count == current.count && maxId == current.maxId) {
            checkedAt = now;
            return current;
        }
        synchronized (this) {
            List<RuleSetVersionRecord> records = QuarkusTransaction.joiningExisting().call(this::records);
            List<RuleSet> sets = new ArrayList<>();
            Map<String, RuleSetVersionRecord> byVersion = new LinkedHashMap<>();
            Map<String, List<String>> broken = new LinkedHashMap<>();
            for (RuleSetVersionRecord r : records) {
                try {
                    String contentSha = sha256(r.content);
                    RuleSet set = compiled.get(contentSha);
                    if (set == null) {
                        set = RuleSetLoader.fromYaml(r.content);
                        compiled.put(contentSha, set);
                    }
                    sets.add(set);
                    byVersion.put(r.version, r);
                } catch (RuleSetRejectedException e) {
                    broken.put(r.version, e.problems());
                    LOG.errorf("stored rule set %s no longer passes its checks; readiness fails until it is fixed: %s", r.version,
                            String.join("; ", e.problems()));
                }
            }
            snapshot = new Snapshot(new RuleSets(sets), count, maxId, byVersion, Map.copyOf(broken));
            // written after the snapshot: whoever reads a fresh checkedAt then reads this snapshot or a newer one
            checkedAt = now;
            return snapshot;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Snapshot(RuleSets sets, long count, long maxId, Map<String, RuleSetVersionRecord> records,
                            Map<String, List<String>> broken) {
    }
}
