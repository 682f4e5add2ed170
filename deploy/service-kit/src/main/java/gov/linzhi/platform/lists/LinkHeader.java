package gov.linzhi.platform.lists;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Sends the links of every page of a list as the RFC 8288 {@code Link} header, whichever resource answered it. */
public class LinkHeader {

    @ServerResponseFilter
    public void addLinks(ContainerResponseContext response) {
        if (response.getEntity() instanceof Linked page && page.links() != null && !response.getHeaders().containsKey("Link")) {
            response.getHeaders().putSingle("Link", page.links().header());
        }
    }
}
