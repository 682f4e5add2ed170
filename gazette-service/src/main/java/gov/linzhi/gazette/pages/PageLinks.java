package gov.linzhi.gazette.pages;

import java.nio.charset.StandardCharsets;

/** The URLs of the pages, in one place. */
public final class PageLinks {

    private PageLinks() {
    }

    public static String issue(long id) {
        return "/issues/" + id;
    }

    public static String document(long id) {
        return "/documents/" + id;
    }

    /** The document page at a provision: the fragment is the provision path, percent-encoded where a fragment needs it. */
    public static String provision(long documentId, String path) {
        return document(documentId) + "#" + fragment(path);
    }

    /** The stable human permalink of a provision, by document number; it redirects to the current version's anchor. */
    public static String provisionByNumber(String number, String path) {
        return "/documents/by-number/" + pathSegment(number) + "/provisions/" + pathSegment(path);
    }

    /** Percent-encodes every byte outside RFC 3986's fragment characters (unreserved, sub-delims, : @ / ?). */
    static String fragment(String s) {
        return encode(s, "-._~!$&'()*+,;=:@/?");
    }

    static String pathSegment(String s) {
        return encode(s, "-._~!$&'()*+,;=:@");
    }

    private static String encode(String s, String allowed) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || allowed.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
