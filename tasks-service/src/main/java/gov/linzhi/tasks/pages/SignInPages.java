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
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Signing in to the pages by pasting a token (e.g. ./run.sh's data/tokens/supervisor.jwt), and out.
 * Sign-in only authenticates; whether the role may read is decided by each page (HTML 403).
 */
@Path("/")
@Produces(Html.TYPE)
public class SignInPages {

    @Inject
    PageSession session;

    @GET
    @Path("sign-in")
    @Operation(hidden = true)
    public Response form(@QueryParam("next") String next, @Context HttpHeaders headers) {
        PageSession.Verification current = session.fromCookie(headers);
        String notice = current.failure() == PageSession.Failure.EXPIRED || current.failure() == PageSession.Failure.INVALID
                ? "您的登录已失效（令牌过期或无效），请重新登录。" : null;
        PageUser user = current.token() == null ? null : PageUser.of(current.token(), session.formToken(headers));
        return Html.page(200, page(user, new SignInPageModel(SafeRedirect.target(next), null, notice)));
    }

    /**
     * 303 to {@code next} with the cookie set; an empty, expired or invalid token re-renders the form
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
            return Html.page(400, page(null, new SignInPageModel(target, problem, null)));
        }
        return Html.seeOther(target, session.signedIn(token, v.token(), isHttps(uri)));
    }

    /**
     * 303 to the sign-in page with the cookie cleared. A valid session is only ended by its own pages' form
     * (its token); a session already expired or invalid has nothing to protect and is cleared in any case.
     */
    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signOut(@FormParam(FormToken.FIELD) String formToken, @Context HttpHeaders headers, @Context UriInfo uri) {
        refuseCrossSite(headers);
        if (session.fromCookie(headers).token() != null && !session.formTokenMatches(headers, formToken)) {
            throw PageSession.forbidden(null, "退出登录只能在本站页面上操作。");
        }
        return Html.seeOther(SafeRedirect.SIGN_IN, session.signedOut(isHttps(uri)));
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

    private static boolean isHttps(UriInfo uri) {
        return "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
    }
}
