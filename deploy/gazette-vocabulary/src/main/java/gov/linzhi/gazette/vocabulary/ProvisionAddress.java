package gov.linzhi.gazette.vocabulary;

import java.nio.charset.StandardCharsets;

/**
 * The addresses of a provision of the gazette, built in one place for every service: gazette-service answers the
 * provision as JSON at {@code {base}/api/v1/documents/by-number/{number}/provisions/{path}} and as the reader's
 * page at {@code {base}/documents/by-number/{number}/provisions/{path}} (a permalink to the current version's
 * anchor). URLs percent-encode the number as one path segment (RFC 3986); {@link #readable()} is the same
 * permalink with the Chinese as printed, for people to read and copy.
 */
public record ProvisionAddress(DocumentNumber number, ProvisionPath path) {

    public static final String API_BASE_PATH = "/api/v1";

    public ProvisionAddress {
        if (number == null || path == null) {
            throw new IllegalArgumentException("a provision address needs a document number and a path");
        }
    }

    /** The provision as JSON, under the service's public base URL (no trailing slash needed). */
    public String apiUrl(String base) {
        return trim(base) + API_BASE_PATH + relative();
    }

    /** The reader's page of the provision, under the service's public base URL. */
    public String readerUrl(String base) {
        return trim(base) + relative();
    }

    /** {@code /documents/by-number/林政办发〔2020〕5号/provisions/3.1.3}: the reader's permalink as people read it. */
    public String readable() {
        return "/documents/by-number/" + number.canonical() + "/provisions/" + path;
    }

    private String relative() {
        return "/documents/by-number/" + pathSegment(number.canonical()) + "/provisions/" + path;
    }

    private static String trim(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Percent-encodes every byte outside RFC 3986's segment characters (unreserved, sub-delims, : @). */
    public static String pathSegment(String s) {
        return encode(s, "-._~!$&'()*+,;=:@");
    }

    /** Percent-encodes every byte outside RFC 3986's fragment characters (unreserved, sub-delims, : @ / ?). */
    public static String fragment(String s) {
        return encode(s, "-._~!$&'()*+,;=:@/?");
    }

    private static String encode(String s, String allowed) {
        StringBuilder out = new StringBuilder(s.length() * 3);
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
