package gov.linzhi.gazette.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.StringJoiner;

/** The address of a page of one search: the same words, filters, order and size. */
record SearchLinks(String q, Integer year, String authority, String category, String genre, LocalDate from, LocalDate to,
                   int size, SearchOrder order) {

    static final String PATH = "/api/v1/search";

    String page(int page) {
        return PATH + "?" + parameters() + "&page=" + page + "&size=" + size;
    }

    /** The search's words, filters and order, without its page. */
    private String parameters() {
        StringJoiner query = new StringJoiner("&");
        add(query, "q", q);
        add(query, "year", year == null ? null : year.toString());
        add(query, "issuingAuthority", authority);
        add(query, "category", category);
        add(query, "genre", genre);
        add(query, "signedFrom", from == null ? null : from.toString());
        add(query, "signedTo", to == null ? null : to.toString());
        if (order != SearchOrder.RELEVANCE) {
            add(query, "sort", order.parameter());
        }
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
    }
}
