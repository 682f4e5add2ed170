package gov.linzhi.tasks.pages;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where to send someone after signing in: only a path on this site. Anything that could leave the
 * site ({@code //evil.example}, {@code https://…}, {@code /\evil}, control characters) becomes
 * {@code /}, so the sign-in page cannot be used as an open redirect.
 */
public final class SafeRedirect {

    public static final String HOME = "/";
    public static final String SIGN_IN = "/sign-in";

    private SafeRedirect() {
    }

    /** {@code next} when it is a path on this site (other than the sign-in pages), otherwise {@code /}. */
    public static String target(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || !next.startsWith("/")
                || next.startsWith("//")) {
            return HOME;
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            // Browsers read a backslash as a slash, so "/\evil.example" would leave the site.
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return HOME;
            }
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return HOME;
            }
        } catch (URISyntaxException e) {
            return HOME;
        }
        // Coming back to the sign-in or sign-out page after signing in would only loop.
        if (next.equals(SIGN_IN) || next.startsWith(SIGN_IN + "?") || next.startsWith("/sign-out")) {
            return HOME;
        }
        return next;
    }

    /** The sign-in page that brings the reader back to {@code rawPathAndQuery} afterwards. */
    public static String signInFor(String rawPathAndQuery) {
        String back = target(rawPathAndQuery);
        return back.equals(HOME) ? SIGN_IN : SIGN_IN + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
