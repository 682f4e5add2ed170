package gov.linzhi.gazette.pages;

import gov.linzhi.gazette.rest.Api;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/** The pages' type-safe Qute templates, in src/main/resources/templates/pages/. */
@CheckedTemplate(basePath = "pages")
public final class PageTemplates {

    private PageTemplates() {
    }

    /** An issue with its table of contents grouped by section (市政府文件, 市政府办公室文件). */
    public record IssueContents(Api.IssueSummary issue, String label, List<TocSection> sections) {
    }

    public record TocSection(String name, List<TocLine> entries) {
    }

    public record TocLine(Api.TocEntry entry, String href) {
    }

    public static native TemplateInstance home(List<IssueContents> issues);

    public static native TemplateInstance issue(Api.Issue issue, IssueContents contents);

    public static native TemplateInstance document(DocumentPageModel page);

    public static native TemplateInstance search(SearchPageModel page);

    public static native TemplateInstance problem(String heading, String message);
}
