package gov.linzhi.tasks.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The type-safe page templates (src/main/resources/templates/pages/*.html), each inside the
 * shared frame templates/base.html. Qute escapes every value in these .html templates.
 */
@CheckedTemplate(basePath = "pages")
final class PageTemplates {

    private PageTemplates() {
    }

    static native TemplateInstance board(PageFrame frame, BoardPageModel model);

    static native TemplateInstance task(PageFrame frame, TaskPageModel model);

    static native TemplateInstance plan(PageFrame frame, PlanPageModel model);

    static native TemplateInstance signIn(PageFrame frame, SignInPageModel form);

    /** A page that goes on to {@code next} by itself (a Refresh header, and a link). */
    static native TemplateInstance onTheWay(PageFrame frame, String heading, String message, String next);

    static native TemplateInstance error(PageFrame frame, ErrorPageModel error);
}
