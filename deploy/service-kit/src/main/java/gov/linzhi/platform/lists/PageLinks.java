package gov.linzhi.platform.lists;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.IntFunction;

/**
 * Where the pages of a list are, relative to the service: the same request with another {@code page}. Sent in the body
 * and as the RFC 8288 {@code Link} header ({@link LinkHeader}), so a client can walk a list without building URLs.
 */
@Schema(name = "ListLinks", description = "Links of a page of a list, relative to the service; also sent as the Link header")
public record PageLinks(
        @Schema(examples = "/api/v1/documents?page=0&size=20") String self,
        @Schema(nullable = true, description = "absent on the last page") String next,
        @Schema(nullable = true, description = "absent on the first page") String prev,
        @Schema(examples = "/api/v1/documents?page=0&size=20") String first,
        @Schema(description = "the last page with items (the first when there are none): where a page past the end leads")
        String last) {

    /** The links of page {@code page} of a list of {@code total} items in pages of {@code size}, each page's address given. */
    public static PageLinks of(int page, int size, long total, IntFunction<String> address) {
        int lastPage = lastPage(size, total);
        return new PageLinks(address.apply(page), page < lastPage ? address.apply(page + 1) : null,
                page > 0 ? address.apply(Math.min(page - 1, lastPage)) : null, address.apply(0), address.apply(lastPage));
    }

    /**
     * The address of a page of the request at {@code path} with these (decoded) query parameters: every parameter
     * kept in its order and encoded again (RFC 3986, so a header never carries raw UTF-8), {@code page} and
     * {@code size} replaced.
     */
    public static IntFunction<String> addressOf(String path, List<Map.Entry<String, String>> query, int size) {
        StringJoiner kept = new StringJoiner("&");
        for (Map.Entry<String, String> parameter : query) {
            if (!parameter.getKey().equals("page") && !parameter.getKey().equals("size")) {
                kept.add(encode(parameter.getKey()) + "=" + encode(parameter.getValue()));
            }
        }
        String prefix = path + "?" + (kept.length() == 0 ? "" : kept + "&");
        return page -> prefix + "page=" + page + "&size=" + size;
    }

    static int lastPage(int size, long total) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, (total - 1) / size));
    }

    /** The links as an RFC 8288 {@code Link} header value. */
    public String header() {
        StringJoiner h = new StringJoiner(", ");
        add(h, "self", self);
        add(h, "next", next);
        add(h, "prev", prev);
        add(h, "first", first);
        add(h, "last", last);
        return h.toString();
    }

    private static void add(StringJoiner header, String rel, String url) {
        if (url != null) {
            header.add("<" + url + ">; rel=\"" + rel + "\"");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
