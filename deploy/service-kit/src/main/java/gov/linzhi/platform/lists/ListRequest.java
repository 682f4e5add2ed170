package gov.linzhi.platform.lists;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code page} and {@code size} of a short list (a document's references, a plan's tasks, the departments): the
 * whole list on one page unless the client asks for less. Bounded by {@code PagingBounds} before the resource runs.
 */
public class ListRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "0-based page", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("" + gov.linzhi.platform.http.PagingBounds.MAX_SIZE)
    @Parameter(description = "items per page, at most 1000", example = "1000")
    public int size;
}
