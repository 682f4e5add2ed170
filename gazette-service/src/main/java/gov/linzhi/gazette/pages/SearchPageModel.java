package gov.linzhi.gazette.pages;

import gov.linzhi.gazette.rest.Api;
import io.quarkus.qute.RawString;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the search page shows: the form as typed, and when it was accepted the API's result dressed for reading. */
public record SearchPageModel(SearchForm form, Api.SearchResult result, List<Hit> hits, List<FacetGroup> facets,
                         List<ActiveFilter> activeFilters, Pager pager) {

    /** Facets in the order the page shows them, with their Chinese names. */
    private static final Map<String, String> FACET_LABELS = Map.of(
            SearchForm.YEAR, "年份", SearchForm.AUTHORITY, "发文机关", SearchForm.CATEGORY, "栏目", SearchForm.GENRE, "文种");
    private static final List<String> FACET_ORDER = List.of(SearchForm.YEAR, SearchForm.AUTHORITY, SearchForm.CATEGORY,
            SearchForm.GENRE);

    public record Hit(Api.DocumentSummary document, String href, RawString title, List<ProvisionHit> provisions) {
    }

    public record ProvisionHit(String path, String heading, RawString snippet, String href) {
    }

    public record FacetGroup(String field, String label, List<FacetValue> values) {
    }

    public record FacetValue(String value, long count, String href, boolean selected) {
    }

    public record ActiveFilter(String label, String value, String removeHref) {
    }

    /** Page numbers are 1-based; {@code numbers} is a window around the current page. */
    public record Pager(int current, int pages, List<PageLink> numbers, String previous, String next, String last) {
    }

    /** The orders a reader can choose, with their Chinese names. */
    public record SortOption(String value, String label, boolean selected) {
    }

    /** The sort control: relevance unless the form asks for a date order. */
    public List<SortOption> sortOptions() {
        String chosen = form.filter("sort");
        return List.of(new SortOption("relevance", "按相关度", chosen == null || chosen.equals("relevance")),
                new SortOption("date-desc", "按日期（新→旧）", "date-desc".equals(chosen)),
                new SortOption("date-asc", "按日期（旧→新）", "date-asc".equals(chosen)));
    }

    /** Matching provisions on this page, over all its documents. */
    public int provisionCount() {
        return result == null ? 0 : result.items().stream().mapToInt(Api.SearchHit::provisionCount).sum();
    }

    public record PageLink(int number, String href, boolean current) {
    }

    /** The rank of the first hit on this page, for the numbered list. */
    public int firstRank() {
        return result == null ? 1 : result.page() * result.size() + 1;
    }

    /** The form alone: first visit, or refused with its problems. */
    public static SearchPageModel form(SearchForm form) {
        return new SearchPageModel(form, null, List.of(), List.of(), activeFilters(form), null);
    }

    public static SearchPageModel of(SearchForm form, Api.SearchResult result) {
        List<Hit> hits = result.items().stream().map(h -> new Hit(h.document(), PageLinks.document(h.document().id()),
                h.titleSnippet() != null ? SnippetMarkup.toHtml(h.titleSnippet()) : SnippetMarkup.toHtml(h.document().title()),
                h.provisions().stream().map(p -> new ProvisionHit(p.path(), p.heading(), SnippetMarkup.toHtml(p.snippet()),
                        PageLinks.provision(h.document().id(), p.path()))).toList())).toList();
        List<FacetGroup> facets = new ArrayList<>();
        for (String field : FACET_ORDER) {
            Map<String, Long> counts = result.facets().getOrDefault(field, Map.of());
            if (!counts.isEmpty()) {
                String selected = form.filter(field);
                facets.add(new FacetGroup(field, FACET_LABELS.get(field), counts.entrySet().stream()
                        .map(e -> new FacetValue(e.getKey(), e.getValue(), form.with(field, e.getKey()),
                                e.getKey().equals(selected))).toList()));
            }
        }
        return new SearchPageModel(form, result, hits, facets, activeFilters(form),
                pager(form, result.page(), result.size(), result.total()));
    }

    private static List<ActiveFilter> activeFilters(SearchForm form) {
        List<ActiveFilter> active = new ArrayList<>();
        for (String field : FACET_ORDER) {
            String v = form.filter(field);
            if (v != null) {
                active.add(new ActiveFilter(FACET_LABELS.get(field), v, form.with(field, null)));
            }
        }
        return active;
    }

    static Pager pager(SearchForm form, int pageIndex, int size, long total) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = pageIndex + 1;
        int first = Math.max(1, current - 4);
        int last = Math.min(pages, first + 8);
        List<PageLink> numbers = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            numbers.add(new PageLink(n, form.page(n), n == current));
        }
        return new Pager(current, pages, numbers,
                current > 1 ? form.page(Math.min(current - 1, pages)) : null,
                current < pages ? form.page(current + 1) : null, form.page(pages));
    }
}
