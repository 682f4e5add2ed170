package gov.linzhi.subsidy.rules;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.OptionalType;
import dev.cel.common.types.SimpleType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The types a fact can have, how a value of each is written in a request, and how an expression sees it: a
 * decimal as a CEL double (conditions compare; amounts are computed in exact decimals outside CEL), a date as a
 * timestamp at midnight UTC, an enum as its code, a set as a list of codes.
 */
public enum FactType {
    BOOL(SimpleType.BOOL),
    INTEGER(SimpleType.INT),
    DECIMAL(SimpleType.DOUBLE),
    DATE(SimpleType.TIMESTAMP),
    ENUM(SimpleType.STRING),
    SET(ListType.create(SimpleType.STRING)),
    TEXT(SimpleType.STRING);

    /** Decimals beyond these bounds are refused before any arithmetic. */
    static final int MAX_DECIMAL_PRECISION = 15;
    static final int MAX_DECIMAL_SCALE = 4;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    static final long MAX_INTEGER = 1_000_000_000L;
    static final int MAX_TEXT = 200;

    private final CelType celType;

    FactType(CelType celType) {
        this.celType = celType;
    }

    /** The name written in a rule set ({@code bool}, {@code integer} …). */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactType fromYaml(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public boolean hasValues() {
        return this == ENUM || this == SET;
    }

    /** How an expression sees a fact of this type: optional when a case may leave it out. */
    public CelType celType(boolean optional) {
        return optional ? OptionalType.create(celType) : celType;
    }

    /**
     * The canonical Java value of a value as written (JSON or YAML scalar, list or already canonical), checked
     * against the allowed codes of an enum or set.
     *
     * @throws IllegalArgumentException with a message for the caller when the value does not fit
     */
    public Object parse(Object raw, Set<String> allowed) {
        return switch (this) {
            case BOOL -> {
                if (raw instanceof Boolean b) {
                    yield b;
                }
                throw new IllegalArgumentException("must be true or false");
            }
            case INTEGER -> {
                BigDecimal d = number(raw, "must be a whole number");
                if (d.stripTrailingZeros().scale() > 0 || d.abs().compareTo(BigDecimal.valueOf(MAX_INTEGER)) > 0) {
                    throw new IllegalArgumentException("must be a whole number from -" + MAX_INTEGER + " to " + MAX_INTEGER);
                }
                yield d.longValueExact();
            }
            case DECIMAL -> {
                BigDecimal d = number(raw, "must be a number");
                BigDecimal s = d.stripTrailingZeros();
                if (s.scale() > MAX_DECIMAL_SCALE || (long) s.precision() - s.scale() > MAX_DECIMAL_PRECISION - MAX_DECIMAL_SCALE) {
                    throw new IllegalArgumentException("must be a number of at most " + (MAX_DECIMAL_PRECISION - MAX_DECIMAL_SCALE)
                            + " digits before and " + MAX_DECIMAL_SCALE + " after the decimal point");
                }
                yield d;
            }
            case DATE -> {
                LocalDate date;
                if (raw instanceof LocalDate l) {
                    date = l;
                } else if (raw instanceof String s && s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    try {
                        date = LocalDate.parse(s);
                    } catch (java.time.DateTimeException e) {
                        throw new IllegalArgumentException("'" + s + "' is not a date");
                    }
                } else {
                    throw new IllegalArgumentException("must be a date written YYYY-MM-DD");
                }
                if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                    throw new IllegalArgumentException("must lie between " + EARLIEST + " and " + LATEST);
                }
                yield date;
            }
            case ENUM -> code(raw, allowed);
            case SET -> {
                if (!(raw instanceof java.util.Collection<?> items)) {
                    throw new IllegalArgumentException("must be a list of codes: " + String.join(", ", allowed));
                }
                java.util.TreeSet<String> codes = new java.util.TreeSet<>();
                for (Object item : items) {
                    codes.add(code(item, allowed));
                }
                yield java.util.Collections.unmodifiableSortedSet(codes);
            }
            case TEXT -> {
                if (!(raw instanceof String s)) {
                    throw new IllegalArgumentException("must be text");
                }
                String canonical = Names.canonical(s);
                if (canonical.isEmpty() || canonical.length() > MAX_TEXT) {
                    throw new IllegalArgumentException("must be text of 1 to " + MAX_TEXT + " characters");
                }
                yield canonical;
            }
        };
    }

    private static String code(Object raw, Set<String> allowed) {
        String code = raw instanceof Enum<?> e ? e.name() : raw instanceof String s ? s : null;
        if (code == null || !allowed.contains(code)) {
            throw new IllegalArgumentException("unknown value '" + raw + "'; allowed: " + String.join(", ", allowed));
        }
        return code;
    }

    private static BigDecimal number(Object raw, String message) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof java.math.BigInteger) {
            return new BigDecimal(raw.toString());
        }
        if (raw instanceof String text && text.matches("[+-]?[0-9]{1,20}(\\.[0-9]{1,20})?")) {
            return new BigDecimal(text); // a JSON client may write an amount as a string, as Jackson reads the request's own fields
        }
        if (raw instanceof Double || raw instanceof Float) {
            double v = ((Number) raw).doubleValue();
            if (Double.isFinite(v)) {
                return BigDecimal.valueOf(v);
            }
        }
        throw new IllegalArgumentException(message);
    }

    /**
     * Whether a value is already canonical and within bounds, as the API and the case files hand them over: then
     * it needs no parsing (a fast path; {@link #parse} gives the same value).
     */
    boolean canonical(Object value, Set<String> allowed) {
        return switch (this) {
            case BOOL -> value instanceof Boolean;
            case INTEGER -> value instanceof Long l && Math.abs(l) <= MAX_INTEGER;
            case DATE -> value instanceof LocalDate d && !d.isBefore(EARLIEST) && !d.isAfter(LATEST);
            case ENUM -> value instanceof String s && allowed.contains(s);
            case SET -> value instanceof java.util.SortedSet<?> set && allowed.containsAll(set);
            case TEXT -> value instanceof String s && !s.isEmpty() && s.length() <= MAX_TEXT && Names.isCanonical(s);
            case DECIMAL -> false;
        };
    }

    /** The value as an expression sees it. */
    public Object toCel(Object value) {
        return switch (this) {
            case DECIMAL -> ((BigDecimal) value).doubleValue();
            case DATE -> ((LocalDate) value).atStartOfDay(ZoneOffset.UTC).toInstant();
            case SET -> List.copyOf((java.util.Collection<?>) value);
            default -> value;
        };
    }
}
