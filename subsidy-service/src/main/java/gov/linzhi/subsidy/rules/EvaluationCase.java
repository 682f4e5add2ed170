package gov.linzhi.subsidy.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * One case to decide, as the engine sees it: the facts given (by name, canonical Java values: Boolean, Long,
 * BigDecimal, LocalDate, a code as String, a set of codes) and the institution it names. No personal
 * identifier. Defaults are not applied here: the rule set in force applies its own.
 *
 * @param institutionCreditCode the training institution's 统一社会信用代码, or null
 */
public record EvaluationCase(Map<String, Object> facts, String institutionCreditCode) {

    public EvaluationCase {
        Map<String, Object> given = new LinkedHashMap<>();
        facts.forEach((name, value) -> {
            if (value != null) {
                given.put(name, value);
            }
        });
        facts = Collections.unmodifiableMap(given);
    }

    public Object fact(String name) {
        return facts.get(name);
    }

    public Programme programme() {
        Object p = facts.get(CoreFacts.PROGRAMME);
        return p == null ? null : Programme.valueOf(p.toString());
    }

    public Level level() {
        return level(CoreFacts.LEVEL);
    }

    public Level certificateLevel() {
        return level(CoreFacts.CERTIFICATE_LEVEL);
    }

    private Level level(String name) {
        Object l = facts.get(name);
        return l == null ? null : Level.valueOf(l.toString());
    }

    public String occupation() {
        return (String) facts.get(CoreFacts.OCCUPATION);
    }

    public LocalDate trainingCompletedOn() {
        return (LocalDate) facts.get(CoreFacts.TRAINING_COMPLETED_ON);
    }

    public Payee payee() {
        Object p = facts.get(CoreFacts.PAYEE);
        return p == null ? null : Payee.valueOf(p.toString());
    }

    /** The same case with one fact set (null removes it). */
    public EvaluationCase with(String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(facts);
        changed.put(name, value);
        return new EvaluationCase(changed, institutionCreditCode);
    }

    /** The level that counts for the programme: the certificate's level for the certificate subsidy. */
    public Level effectiveLevel() {
        return programme() == Programme.SKILL_CERTIFICATE ? certificateLevel() : level();
    }

    /** The occupation as compared for 6.12: its canonical form in lower case ({@link Names#key}). */
    public String occupationKey() {
        return occupationKey(occupation());
    }

    public static String occupationKey(String occupation) {
        return Names.key(occupation);
    }

    /** The (family, occupation, level) pair 6.12 forbids twice. */
    public UsedPair pair() {
        return new UsedPair(programme().family(), occupationKey(), Level.keyOf(effectiveLevel()));
    }

    /** An occupation+level already subsidised within a programme family. */
    public record UsedPair(Programme.Family family, String occupationKey, String levelKey) {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a case fact by fact (enums are stored by their code). */
    public static final class Builder {
        private final Map<String, Object> facts = new LinkedHashMap<>();
        private String institution;

        public Builder fact(String name, Object value) {
            if (value instanceof Enum<?> e) {
                facts.put(name, e.name());
            } else if (value instanceof Collection<?> c) {
                TreeSet<String> codes = new TreeSet<>();
                c.forEach(v -> codes.add(v instanceof Enum<?> e ? e.name() : String.valueOf(v)));
                facts.put(name, Collections.unmodifiableSortedSet(codes));
            } else if (value instanceof Integer i) {
                facts.put(name, i.longValue());
            } else {
                facts.put(name, value);
            }
            return this;
        }

        public Builder programme(Programme p) {
            return fact(CoreFacts.PROGRAMME, p);
        }

        public Builder level(Level l) {
            return fact(CoreFacts.LEVEL, l);
        }

        public Builder certificateLevel(Level l) {
            return fact(CoreFacts.CERTIFICATE_LEVEL, l);
        }

        public Builder occupation(String o) {
            return fact(CoreFacts.OCCUPATION, o);
        }

        public Builder completedOn(LocalDate d) {
            return fact(CoreFacts.TRAINING_COMPLETED_ON, d);
        }

        public Builder appliedOn(LocalDate d) {
            return fact(CoreFacts.APPLIED_ON, d);
        }

        public Builder institution(String creditCode) {
            this.institution = creditCode;
            return this;
        }

        public EvaluationCase build() {
            return new EvaluationCase(facts, institution);
        }
    }
}
