package gov.linzhi.tasks.pages;

import gov.linzhi.platform.audit.ActorNames;
import gov.linzhi.tasks.config.TasksConfig;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.consumer.InvalidJwtException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Sessions of the pages. Signing in (a pasted access token, a local user of ./run.sh, or the identity provider)
 * stores who the person is in {@code page_session} for {@code tasks.pages.session-lifetime} (8 hours) and gives the
 * browser a random id in an HttpOnly, SameSite=Strict cookie; signing out deletes the row, so the session ends
 * on the server too. The API never reads this cookie: it takes bearer tokens only, and a stale or forged page
 * cookie cannot get in the way of one.
 */
@ApplicationScoped
public class PageSession {

    /** Why a pasted token was not accepted. */
    public enum Failure { MISSING, EXPIRED, INVALID }

    /** A verified token, or why there is none. */
    public record Verification(JsonWebToken token, Failure failure) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    JWTParser parser;

    @Inject
    FormToken forms;

    @Inject
    TasksConfig config;

    /** A pasted (or local user's) token verified as the API verifies bearer tokens: key, issuer, expiry. */
    public Verification verify(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Verification(null, Failure.MISSING);
        }
        try {
            return new Verification(parser.parse(raw.strip()), null);
        } catch (ParseException e) {
            return new Verification(null, hasExpired(e) ? Failure.EXPIRED : Failure.INVALID);
        }
    }

    /** The person this browser's session is for, while it lasts. */
    public Optional<PageUser> current(HttpHeaders headers) {
        return rawCookie(headers).flatMap(id -> Optional.ofNullable(PageSessionRow.<PageSessionRow>findById(hash(id)))
                .filter(row -> row.expiresAt.isAfter(Instant.now()))
                .map(row -> new PageUser(row.userName, roles(row.roles), row.department, forms.issue(id))));
    }

    /** Whether the browser sent a session cookie that no longer signs anyone in (expired, signed out, or never valid). */
    public boolean hasStaleCookie(HttpHeaders headers) {
        return rawCookie(headers).isPresent() && current(headers).isEmpty();
    }

    /**
     * The signed-in reader of this page. Without a session the page answers 303 to the sign-in page (which
     * brings the reader back here); a session without a reading role gets the HTML 403 page.
     */
    public PageUser requireReader(HttpHeaders headers, UriInfo uri) {
        Optional<PageUser> current = current(headers);
        if (current.isEmpty()) {
            String here = uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
            throw new PageException(Html.seeOther(SafeRedirect.signInFor(here)));
        }
        PageUser user = current.get();
        if (!user.mayRead()) {
            throw new PageException(Html.page(403, PageTemplates.error(new PageFrame("无权查看", "", user),
                    ErrorPageModel.forbidden("您的令牌（角色：" + user.roleNames() + "）不能查看督查信息。"
                            + "可查看的角色：督查室、部门、公报编辑、人社局、审计。"))));
        }
        return user;
    }

    /** What signing out did: the cookie that clears the session, and the ended session's ID token when it was OIDC's. */
    public record Ended(NewCookie cookie, Optional<String> identityProviderIdToken) {
    }

    /** Starts a session for the person a verified token speaks for; the cookie to set. */
    @Transactional
    public NewCookie signIn(JsonWebToken token, PageSessionRow.Via via, boolean secure) {
        return signIn(PageUser.of(token, null), via, null, secure);
    }

    /**
     * Starts a session for this person (name, roles, department as the identity said), keeping the identity
     * provider's ID token of an OIDC sign-in for its logout; the cookie to set.
     */
    @Transactional
    public NewCookie signIn(PageUser person, PageSessionRow.Via via, String idToken, boolean secure) {
        PageSessionRow.delete("expiresAt < ?1", Instant.now());
        byte[] id = new byte[32];
        RANDOM.nextBytes(id);
        String cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        PageSessionRow row = new PageSessionRow();
        row.idHash = hash(cookie);
        row.userName = ActorNames.fit(person.name());
        row.roles = String.join(",", person.roles());
        row.department = person.department();
        row.signedInVia = via;
        row.idToken = idToken;
        row.createdAt = Instant.now();
        row.expiresAt = row.createdAt.plus(config.pages().sessionLifetime());
        row.persist();
        return cookie(cookie, (int) config.pages().sessionLifetime().toSeconds(), secure);
    }

    /** Ends this browser's session on the server; the cookie that clears it in the browser. */
    @Transactional
    public Ended signOut(HttpHeaders headers, boolean secure) {
        Optional<PageSessionRow> row = rawCookie(headers).map(id -> PageSessionRow.<PageSessionRow>findById(hash(id)));
        row.ifPresent(PageSessionRow::delete);
        return new Ended(cookie("", 0, secure), row.map(r -> r.idToken));
    }

    /** Whether a form post carries this session's token. */
    public boolean formTokenMatches(HttpHeaders headers, String submittedToken) {
        return rawCookie(headers).map(c -> forms.matches(c, submittedToken)).orElse(false);
    }

    /**
     * The signed-in reader sending a page form: refused with the HTML 403 page when the post comes from
     * another site or its form token is not this session's (a forged form, or one opened before signing in
     * again); without a session, 303 to the sign-in page as for any page.
     */
    public PageUser requireFormPost(HttpHeaders headers, UriInfo uri, String submittedToken) {
        if (FormToken.crossSite(headers)) {
            throw forbidden(null, "只能在本站页面上提交表单。");
        }
        PageUser user = requireReader(headers, uri);
        if (!formTokenMatches(headers, submittedToken)) {
            throw forbidden(user, "表单已失效（登录已变更，或表单不是从本站页面提交的）。请返回任务页面重新填写。");
        }
        return user;
    }

    /** The supervision office (督查室) sending a page form; anyone else gets the HTML 403 page saying {@code why}. */
    public PageUser requireSupervisorFormPost(HttpHeaders headers, UriInfo uri, String submittedToken, String why) {
        PageUser user = requireFormPost(headers, uri, submittedToken);
        if (!user.isSupervisor()) {
            throw forbidden(user, why);
        }
        return user;
    }

    /** The HTML 404 page for something the address names that does not exist. */
    public static PageException notFound(PageUser user, String title, String message) {
        return new PageException(Html.page(404, PageTemplates.error(new PageFrame(title, "", user), ErrorPageModel.notFound(message))));
    }

    /** The HTML 403 page with this explanation. */
    public static PageException forbidden(PageUser user, String why) {
        return new PageException(Html.page(403, PageTemplates.error(new PageFrame("请求被拒绝", "", user),
                ErrorPageModel.forbidden(why))));
    }

    private Optional<String> rawCookie(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(config.pages().cookieName());
        return cookie == null || cookie.getValue().isBlank() ? Optional.empty() : Optional.of(cookie.getValue());
    }

    private NewCookie cookie(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(config.pages().cookieName()).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.STRICT).build();
    }

    private static Set<String> roles(String joined) {
        return joined.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(joined.split(",")));
    }

    private static String hash(String cookie) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cookie.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static boolean hasExpired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidJwtException invalid && invalid.hasExpired()) {
                return true;
            }
        }
        return false;
    }
}
