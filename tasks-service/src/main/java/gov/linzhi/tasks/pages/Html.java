package gov.linzhi.tasks.pages;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Page responses: rendered HTML in UTF-8, never cached (the pages show internal government data). */
final class Html {

    static final String TYPE = "text/html;charset=UTF-8";

    private Html() {
    }

    static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(TYPE).header("Cache-Control", "no-store").entity(page.render()).build();
    }

    /**
     * Whether the browser reached this service over TLS: the request's own scheme, or the one a trusted proxy in
     * front of it forwards (quarkus.http.proxy.*), so cookies are Secure behind a TLS-terminating proxy.
     */
    static boolean isHttps(jakarta.ws.rs.core.UriInfo uri) {
        return "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
    }

    /**
     * 200 with a page that goes on to {@code next} by itself (Refresh) and says so, for a navigation that must start
     * from this site's own page: after the identity provider's redirects (a SameSite=Strict cookie is not sent on the
     * redirects of a navigation another site started), and towards it (the pages' CSP lets forms post only to this site,
     * redirects included).
     */
    static Response onTheWay(String heading, String message, String next, NewCookie cookie) {
        return Response.ok(PageTemplates.onTheWay(new PageFrame(heading, "", null), heading, message, next).render(), TYPE)
                .header("Cache-Control", "no-store").header("Refresh", "0; url=" + next).cookie(cookie).build();
    }

    /** 303 See Other to a path on this site, optionally setting or clearing the sign-in cookie. */
    static Response seeOther(String location, NewCookie... cookies) {
        return Response.seeOther(URI.create(location)).header("Cache-Control", "no-store").cookie(cookies).build();
    }
}
