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

    /** 303 See Other to a path on this site, optionally setting or clearing the sign-in cookie. */
    static Response seeOther(String location, NewCookie... cookies) {
        return Response.seeOther(URI.create(location)).header("Cache-Control", "no-store").cookie(cookies).build();
    }
}
