package gov.linzhi.platform.lists;

import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * One page of a list, the one shape every list of every service answers in: the items, how many there are in all,
 * which page of which size this is, and the links to the others (also the {@code Link} header). A page past the end
 * is empty, never an error; {@code links.last} leads back.
 */
public record ListPage<T>(
        List<T> items,
        @Schema(description = "items in the whole list", examples = "5") long total,
        @Schema(description = "0-based", examples = "0") int page,
        @Schema(examples = "20") int size,
        PageLinks links) implements Linked {

    public ListPage {
        items = List.copyOf(items);
    }

    /** A page the query already cut ({@code items} is page {@code page} of {@code total}), linked from the request's own URL. */
    public static <T> ListPage<T> of(List<T> items, long total, int page, int size, UriInfo request) {
        return new ListPage<>(items, total, page, size, PageLinks.of(page, size, total, addressOf(request, size)));
    }

    /** A page a query found ({@link Found}: its items and the total), linked from the request's own URL. */
    public static <T> ListPage<T> of(Found<T> found, int page, int size, UriInfo request) {
        return of(found.items(), found.total(), page, size, request);
    }

    /** Page {@code page} of a whole list held in memory (the short lists: a document's references, a plan's tasks). */
    public static <T> ListPage<T> slice(List<T> all, int page, int size, UriInfo request) {
        return of(cut(all, page, size), all.size(), page, size, request);
    }

    static <T> List<T> cut(List<T> all, int page, int size) {
        long from = (long) page * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    private static java.util.function.IntFunction<String> addressOf(UriInfo request, int size) {
        List<Map.Entry<String, String>> query = request.getQueryParameters().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> Map.entry(e.getKey(), v))).toList();
        return PageLinks.addressOf(request.getRequestUri().getRawPath(), query, size);
    }
}
