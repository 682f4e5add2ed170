package gov.linzhi.gazette.pages;

import io.quarkus.qute.RawString;

/**
 * Turns a search snippet into safe HTML. The index marks hits with {@code <em>…</em>} around the
 * document's raw text (the highlighter does not escape it), so everything is escaped here and the
 * markers alone become {@code <mark>}: the only markup the result can contain.
 */
public final class SnippetMarkup {

    private static final String OPEN = "<em>";
    private static final String CLOSE = "</em>";

    private SnippetMarkup() {
    }

    public static RawString toHtml(String snippet) {
        if (snippet == null) {
            return new RawString("");
        }
        StringBuilder html = new StringBuilder(snippet.length() + 32);
        boolean open = false;
        int i = 0;
        while (i < snippet.length()) {
            if (!open && snippet.startsWith(OPEN, i)) {
                html.append("<mark>");
                open = true;
                i += OPEN.length();
            } else if (open && snippet.startsWith(CLOSE, i)) {
                html.append("</mark>");
                open = false;
                i += CLOSE.length();
            } else {
                escape(snippet.charAt(i), html);
                i++;
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return new RawString(html.toString());
    }

    private static void escape(char c, StringBuilder html) {
        switch (c) {
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '&' -> html.append("&amp;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
        }
    }
}
