package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.config.TasksConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token every page form carries against cross-site request forgery: an HMAC of the signed-in
 * session's cookie (OWASP's HMAC-based synchronizer token), so it needs no server-side store, changes
 * with each sign-in and cannot be computed by another site. A form post also must not come from
 * another site (Sec-Fetch-Site), which browsers say before any token is read.
 */
@ApplicationScoped
public class FormToken {

    /** The hidden field of every page form. */
    public static final String FIELD = "csrf";

    private final SecretKeySpec key;

    @Inject
    public FormToken(TasksConfig config) {
        byte[] secret = config.pages().formKey().map(k -> k.getBytes(StandardCharsets.UTF_8)).orElseGet(FormToken::randomKey);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The token for forms shown to the holder of this session cookie. */
    public String issue(String sessionCookie) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("page-form\n" + sessionCookie).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code submitted} is the token of this session cookie (compared in constant time). */
    public boolean matches(String sessionCookie, String submitted) {
        if (sessionCookie == null || submitted == null) {
            return false;
        }
        return MessageDigest.isEqual(issue(sessionCookie).getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the browser says the request comes from another site; its absence (older clients, curl) is allowed. */
    public static boolean crossSite(HttpHeaders headers) {
        String site = headers.getHeaderString("Sec-Fetch-Site");
        return site != null && !site.equals("same-origin") && !site.equals("none");
    }

    private static byte[] randomKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }
}
