package gov.linzhi.tasks.pages;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Sends the response a page prepared (redirect or HTML error page) as it is. */
public class PageExceptionMapper {

    @ServerExceptionMapper
    public Response page(PageException e) {
        return e.response();
    }
}
