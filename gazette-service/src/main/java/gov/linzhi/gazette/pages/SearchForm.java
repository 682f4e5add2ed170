package gov.linzhi.gazette.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The search page's form as typed: the API's parameters (q, year, issuingAuthority, category, genre,
 * signedFrom, signedTo, size, sort) plus a 1-based page number. Keeps every value as the reader typed it, so a
 * refused form comes back filled in, and collects the problems of each field in Chinese.
 */
public final class SearchForm {

    /** The filter parameters, in the order the page shows them; each is also a facet of the API. */
    public static final String YEAR = "year";
    public static final String AUTHORITY = "issuingAuthority";
    public static final String CATEGORY = "category";
    public static final String GENRE = "genre";

    private final boolean submitted;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    /**
     * @param submitted whether the address carries q at all: a submitted form always does, even empty
     *                  ({@code ?q=}, which JAX-RS hands over as null), the first visit does not
     */
    public SearchForm(boolean submitted, String q, String year, String issuingAuthority, String category, String genre,
                      String signedFrom, String signedTo, String size, String page) {
        this(submitted, q, year, issuingAuthority, category, genre, signedFrom, signedTo, size, page, null);
    }

    /** @param sort relevance (or empty), date-desc or date-asc, as the API takes it */
    public SearchForm(boolean submitted, String q, String year, String issuingAuthority, String category, String genre,
                      String signedFrom, String signedTo, String size, String page, String sort) {
        this.submitted = submitted || q != null;
        values.put("q", q);
        values.put(YEAR, year);
        values.put(AUTHORITY, issuingAuthority);
        values.put(CATEGORY, category);
        values.put(GENRE, genre);
        values.put("signedFrom", signedFrom);
        values.put("signedTo", signedTo);
        values.put("size", size);
        values.put("page", page);
        values.put("sort", sort);
    }

    /** True when the reader asked for a search (q present, even empty), false on the first visit. */
    public boolean submitted() {
        return submitted;
    }

    /** Whether a raw query string ({@code a=1&q=}) names the parameter q. */
    public static boolean namesQuery(String rawQuery) {
        if (rawQuery == null) {
            return false;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.equals("q") || pair.startsWith("q=")) {
                return true;
            }
        }
        return false;
    }

    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    public String q() {
        return value("q");
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public void reject(String field, String chineseMessage) {
        errors.putIfAbsent(field, chineseMessage);
    }

    /** The filter value, or null when empty (the API treats null as "no filter"). */
    public String filter(String field) {
        String v = value(field).strip();
        return v.isEmpty() ? null : v;
    }

    public Integer year() {
        return parsed(YEAR, Integer::valueOf, "年份应为四位数字，如 2020。");
    }

    public LocalDate date(String field) {
        return parsed(field, LocalDate::parse, "日期格式应为 年-月-日，如 2020-01-16。");
    }

    /** Results per page: {@code defaultSize} unless the address asks for another. */
    public int size(int defaultSize) {
        Integer size = parsed("size", Integer::valueOf, "每页条数应为正整数。");
        return size == null ? defaultSize : size;
    }

    /** The 0-based page index the API counts in; page 1 when absent. */
    public int pageIndex() {
        Integer page = parsed("page", Integer::valueOf, "页码应为正整数。");
        return page == null ? 0 : page - 1;
    }

    /** The field's value read by {@code parser}; null when empty, or when unreadable, which is rejected with the message. */
    private <T> T parsed(String field, Function<String, T> parser, String chineseMessage) {
        String v = filter(field);
        if (v == null) {
            return null;
        }
        try {
            return parser.apply(v);
        } catch (NumberFormatException | DateTimeParseException e) {
            reject(field, chineseMessage);
            return null;
        }
    }

    /** This search with one parameter changed (null removes it); changing anything but the page returns to page 1. */
    public String with(String field, String value) {
        Map<String, String> next = new LinkedHashMap<>(values);
        next.put(field, value);
        if (!"page".equals(field)) {
            next.remove("page");
        }
        return url(next);
    }

    /** A search for {@code q} alone. */
    public static String link(String q) {
        return url(Map.of("q", q));
    }

    /** This search on another page (1-based). */
    public String page(int number) {
        return with("page", String.valueOf(number));
    }

    private static String url(Map<String, String> params) {
        StringJoiner query = new StringJoiner("&", "/search?", "");
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                query.add(k + "=" + URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
