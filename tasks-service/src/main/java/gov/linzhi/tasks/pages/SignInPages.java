package gov.linzhi.tasks.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Optional;

/**
 * Signing in to the pages, and out: with the identity provider when one is configured (OpenID Connect, see
 * {@link IdentityProviderSignIn}), by one click on a local user of ./run.sh in the launcher's local mode, or by
 * pasting an access token (e.g. data/tokens/supervisor.jwt). Each starts a server-side session
 * ({@link PageSession}). Sign-in only authenticates; whether the role may read is decided by each page (HTML 403).
 */
@Path("/")
@Produces(Html.TYPE)
public class SignInPages {

    @Inject
    PageSession session;

    @Inject
    LocalUsers localUsers;

    @Inject
    IdentityProviderSignIn identityProvider;

    @GET
    @Path("sign-in")
    @Operation(hidden = true)
    public Response form(@QueryParam("next") String next, @Context HttpHeaders headers) {
        String notice = session.hasStaleCookie(headers) ? "您的登录已失效（已退出或超过 8 小时），请重新登录。" : null;
        PageUser user = session.current(headers).orElse(null);
        return Html.page(200, page(user, model(SafeRedirect.target(next), null, notice)));
    }

    /**
     * 303 to {@code next} with the session's cookie; an empty, expired or invalid token re-renders the form
     * with 400 and the problem next to the field. The pasted token is not written back: it is a
     * credential, and one that failed is better pasted again than kept in a page.
     */
    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(@FormParam("token") String token, @FormParam("next") String next,
                           @Context HttpHeaders headers, @Context UriInfo uri) {
        refuseCrossSite(headers);
        String target = SafeRedirect.target(next);
        PageSession.Verification v = session.verify(token);
        if (v.token() == null) {
            String problem = switch (v.failure()) {
                case MISSING -> "请粘贴访问令牌。";
                case EXPIRED -> "令牌已过期，请使用新的令牌（./run.sh 会自动续期 data/tokens/ 下的令牌）。";
                case INVALID -> "令牌无效：签名、签发方或格式不符，请检查是否完整粘贴。";
            };
            return Html.page(400, page(null, model(target, problem, null)));
        }
        return Html.seeOther(target, session.signIn(v.token(), PageSessionRow.Via.TOKEN, Html.isHttps(uri)));
    }

    /** One click on a local user of ./run.sh: 303 to {@code next} signed in as them; 404 outside the launcher's local mode. */
    @POST
    @Path("sign-in/local")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signInLocally(@FormParam("user") String user, @FormParam("next") String next,
                                  @Context HttpHeaders headers, @Context UriInfo uri) {
        if (!localUsers.enabled()) {
            throw PageSession.notFound(null, "未找到", "本地一键登录只在 ./run.sh 的本地模式下提供。");
        }
        refuseCrossSite(headers);
        Optional<JsonWebToken> token = localUsers.token(user);
        if (token.isEmpty()) {
            return Html.page(400, page(null, model(SafeRedirect.target(next), null, "没有这个本地用户，或其令牌已失效：请从列表中选择。")));
        }
        return Html.seeOther(SafeRedirect.target(next), session.signIn(token.get(), PageSessionRow.Via.LOCAL, Html.isHttps(uri)));
    }

    /**
     * 303 to the sign-in page with the session ended on the server and its cookie cleared (for a session from the
     * identity provider, by way of its logout, which comes back to the sign-in page). A live session is only ended by
     * its own pages' form (its token); a cookie that signs nobody in any more is cleared in any case.
     */
    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signOut(@FormParam(FormToken.FIELD) String formToken, @Context HttpHeaders headers, @Context UriInfo uri) {
        refuseCrossSite(headers);
        if (session.current(headers).isPresent() && !session.formTokenMatches(headers, formToken)) {
            throw PageSession.forbidden(null, "退出登录只能在本站页面上操作。");
        }
        PageSession.Ended ended = session.signOut(headers, Html.isHttps(uri));
        // a session from the identity provider ends there too, so the next person at this browser signs in anew
        Optional<String> providerLogout = ended.identityProviderIdToken().flatMap(t -> identityProvider.logoutUrl(t, uri));
        if (providerLogout.isPresent()) {
            return Html.onTheWay("正在退出", "已退出督查系统，正在退出统一身份认证……", providerLogout.get(), ended.cookie());
        }
        return Html.seeOther(SafeRedirect.SIGN_IN, ended.cookie());
    }

    private SignInPageModel model(String next, String tokenError, String notice) {
        List<LocalUsers.LocalUser> users = localUsers.enabled() ? localUsers.list() : List.of();
        return new SignInPageModel(next, tokenError, notice, identityProvider.enabled(), users);
    }

    private static io.quarkus.qute.TemplateInstance page(PageUser user, SignInPageModel form) {
        return PageTemplates.signIn(new PageFrame("登录", "sign-in", user), form);
    }

    /** Signing someone in or out from another site's form is refused (login CSRF). */
    private static void refuseCrossSite(HttpHeaders headers) {
        if (FormToken.crossSite(headers)) {
            throw PageSession.forbidden(null, "登录和退出只能在本站页面上操作。");
        }
    }
}
