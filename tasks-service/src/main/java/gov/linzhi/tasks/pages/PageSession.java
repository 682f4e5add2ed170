package gov.linzhi.tasks.pages;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.consumer.InvalidJwtException;

import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in for the pages: the same JWT the API takes as a bearer header, kept in an HttpOnly,
 * SameSite=Strict cookie (named by {@code mp.jwt.token.cookie}, so the API reads the same cookie) and
 * verified by SmallRye JWT's parser with the API's key, issuer and expiry rules.
 */
@ApplicationScoped
public class PageSession {

    /** Why a token was not accepted. */
    public enum Failure { MISSING, EXPIRED, INVALID }

    /** A verified token, or why there is none. */
    public record Verification(JsonWebToken token, Failure failure) {
    }

    @Inject
    JWTParser parser;

    @ConfigProperty(name = "mp.jwt.token.cookie")
    String cookieName;

    @Inject
    FormToken forms;

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

    /** The cookie's token as verified now (MISSING when the browser sent none). */
    public Verification fromCookie(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(cookieName);
        return verify(cookie == null ? null : cookie.getValue());
    }

    public Optional<PageUser> current(HttpHeaders headers) {
        return Optional.ofNullable(fromCookie(headers).token()).map(t -> PageUser.of(t, formToken(headers)));
    }

    /**
     * The signed-in reader of this page. Without a valid cookie the page answers 303 to the sign-in
     * page (which brings the reader back here); a token without a reading role gets the HTML 403 page.
     */
    public PageUser requireReader(HttpHeaders headers, UriInfo uri) {
        JsonWebToken token = fromCookie(headers).token();
        if (token == null) {
            String here = uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
            throw new PageException(Html.seeOther(SafeRedirect.signInFor(here)));
        }
        PageUser user = PageUser.of(token, formToken(headers));
        if (!user.mayRead()) {
            throw new PageException(Html.page(403, PageTemplates.error(new PageFrame("无权查看", "", user),
                    ErrorPageModel.forbidden("您的令牌（角色：" + user.roleNames() + "）不能查看督查信息。"
                            + "可查看的角色：督查室、部门、公报编辑、人社局、审计。"))));
        }
        return user;
    }

    /** The token the forms of a page shown to this session carry (see {@link FormToken}). */
    public String formToken(HttpHeaders headers) {
        return forms.issue(rawCookie(headers));
    }

    /**
     * The signed-in reader sending a page form: refused with the HTML 403 page when the post comes from
     * another site or its form token is not this session's (a forged form, or one opened before signing in
     * again); without a valid cookie, 303 to the sign-in page as for any page.
     */
    public PageUser requireFormPost(HttpHeaders headers, UriInfo uri, String submittedToken) {
        if (FormToken.crossSite(headers)) {
            throw forbidden(null, "只能在本站页面上提交表单。");
        }
        PageUser user = requireReader(headers, uri);
        if (!forms.matches(rawCookie(headers), submittedToken)) {
            throw forbidden(user, "表单已失效（登录已变更，或表单不是从本站页面提交的）。请返回任务页面重新填写。");
        }
        return user;
    }

    /** Whether a form post carries this session's token. */
    public boolean formTokenMatches(HttpHeaders headers, String submittedToken) {
        return forms.matches(rawCookie(headers), submittedToken);
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

    private String rawCookie(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(cookieName);
        return cookie == null ? null : cookie.getValue();
    }

    /** The sign-in cookie: lives no longer than the token, never readable by scripts, never sent cross-site. */
    public NewCookie signedIn(String rawToken, JsonWebToken token, boolean secure) {
        long seconds = Math.max(0, token.getExpirationTime() - Instant.now().getEpochSecond());
        return cookie(rawToken.strip(), (int) Math.min(Integer.MAX_VALUE, seconds), secure);
    }

    public NewCookie signedOut(boolean secure) {
        return cookie("", 0, secure);
    }

    private NewCookie cookie(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(cookieName).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
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
