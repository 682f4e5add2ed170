package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.config.TasksConfig;
import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Signing in with the identity provider (e.g. the Keycloak realm in deploy/keycloak): quarkus-oidc runs the
 * OpenID Connect authorization-code flow for this one path (quarkus.http.auth.permission.identity-provider), and
 * once it has verified the ID token this page starts the pages' own session from its claims — name, roles
 * ({@code groups}) and department, as the API's tokens carry them — and drops the provider's session cookie,
 * which nothing needs afterwards. Without an identity provider configured the path answers 404.
 */
@Path("/sign-in/oidc")
@Produces(Html.TYPE)
public class IdentityProviderSignIn {

    @Inject
    TasksConfig config;

    @Inject
    @IdToken
    Instance<JsonWebToken> idToken;

    @Inject
    Instance<OidcSession> oidcSession;

    @Inject
    PageSession session;

    @Inject
    Instance<OidcConfigurationMetadata> metadata;

    public boolean enabled() {
        return config.pages().identityProvider();
    }

    /** 200 with the session's cookie and a page that goes on to {@code next} ({@link Html#onTheWay}). */
    @GET
    @Operation(hidden = true)
    public Response signIn(@QueryParam("next") String next, @Context UriInfo uri) {
        if (!enabled()) {
            throw PageSession.notFound(null, "未找到", "未配置统一身份认证（OIDC_AUTH_SERVER_URL）。");
        }
        JsonWebToken token = idToken.get();
        NewCookie cookie = session.signIn(PageUser.of(token, null), PageSessionRow.Via.OIDC, token.getRawToken(), Html.isHttps(uri));
        oidcSession.get().logout().await().indefinitely();
        return Html.onTheWay("登录成功", "已通过统一身份认证登录，正在进入督查系统……", SafeRedirect.target(next), cookie);
    }

    /**
     * The identity provider's logout (RP-initiated, OpenID Connect) for the session of this ID token, coming back to
     * this service's sign-in page (registered in the realm as the board client's post-logout redirect URI).
     */
    public Optional<String> logoutUrl(String idToken, UriInfo uri) {
        if (!enabled() || idToken == null) {
            return Optional.empty();
        }
        String endSession = metadata.get().getEndSessionUri();
        if (endSession == null) {
            return Optional.empty();
        }
        String back = uri.getBaseUriBuilder().path("sign-in").build().toString();
        return Optional.of(endSession + "?client_id=" + encode(config.pages().identityProviderClientId())
                + "&id_token_hint=" + encode(idToken) + "&post_logout_redirect_uri=" + encode(back));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
