package gov.linzhi.subsidy.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;

/** The pages' type-safe templates, in {@code templates/pages/} (each includes {@code pages/base.html}). */
@CheckedTemplate(basePath = "pages")
final class Templates {

    /** With the charset named, as every page is UTF-8 (Chinese). */
    static final String HTML = "text/html;charset=UTF-8";

    private Templates() {
    }

    /**
     * The rendered page with its status. Rendered here rather than by the Qute response filter, which would
     * replace the charset of the content type with the template's bare {@code text/html}.
     */
    static Response page(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    static native TemplateInstance calculator(CalculatorPageModel page);

    static native TemplateInstance rules(RulesPageModel page);

    static native TemplateInstance statistics(StatisticsPageModel page);

    static native TemplateInstance facts(FactsPages.FactsPageModel page);
}
