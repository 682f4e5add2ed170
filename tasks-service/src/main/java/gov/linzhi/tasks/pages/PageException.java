package gov.linzhi.tasks.pages;

import jakarta.ws.rs.core.Response;

/**
 * A page that answers with something other than itself: a redirect to the sign-in page or an HTML
 * error page. Mapped by {@link PageExceptionMapper}, so the kit's problem+json mappers (for the API)
 * never see it.
 */
public class PageException extends RuntimeException {

    private final transient Response response;

    public PageException(Response response) {
        super(null, null, false, false);
        this.response = response;
    }

    public Response response() {
        return response;
    }
}
