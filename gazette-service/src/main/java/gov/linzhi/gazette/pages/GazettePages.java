package gov.linzhi.gazette.pages;

import gov.linzhi.gazette.documents.DocumentEntity;
import gov.linzhi.gazette.documents.CitationQueries;
import gov.linzhi.gazette.documents.DocumentQueries;
import gov.linzhi.gazette.documents.ProvisionQueries;
import gov.linzhi.gazette.documents.ResponsibilityQueries;
import gov.linzhi.gazette.issues.IssueEntity;
import gov.linzhi.gazette.issues.IssueQueries;
import gov.linzhi.gazette.rest.Api;
import gov.linzhi.gazette.search.InvalidSearchException;
import gov.linzhi.gazette.search.SearchService;
import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.problem.ApiException;
import gov.linzhi.platform.problem.ProblemMappers;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazette for people: server-rendered pages at /, /issues/{id}, /documents/{id} and /search.
 * They read the same queries and search service as the JSON API and render them with Qute; they are
 * hidden from the OpenAPI document, which describes the API only.
 */
@Path("/")
@Produces(GazettePages.HTML)
@PermitAll
public class GazettePages {

    static final String HTML = "text/html;charset=UTF-8";
    /** Results per search page. */
    static final int SEARCH_PAGE_SIZE = 10;

    private final IssueQueries issues;
    private final DocumentQueries documents;
    private final ProvisionQueries provisions;
    private final CitationQueries citations;
    private final ResponsibilityQueries responsibilities;
    private final SearchService search;

    public GazettePages(IssueQueries issues, DocumentQueries documents, ProvisionQueries provisions, CitationQueries citations,
                        ResponsibilityQueries responsibilities, SearchService search) {
        this.issues = issues;
        this.documents = documents;
        this.provisions = provisions;
        this.citations = citations;
        this.responsibilities = responsibilities;
        this.search = search;
    }

    @GET
    @Operation(hidden = true)
    public Response home() {
        List<PageTemplates.IssueContents> all = issues.list(false).stream()
                .map(summary -> contents(summary, issues.toc(issues.byId(summary.id())))).toList();
        return html(200, PageTemplates.home(all));
    }

    @GET
    @Path("issues/{id}")
    @Operation(hidden = true)
    public Response issue(@PathParam("id") String id) {
        try {
            Api.Issue issue = issues.view(issues.byId(parseId(id, "ISSUE_NOT_FOUND")));
            return html(200, PageTemplates.issue(issue, contents(issue.issue(), issue.tableOfContents())));
        } catch (DomainException e) {
            return problemPage(e, "未找到该期公报");
        }
    }

    @GET
    @Path("documents/{id}")
    @Operation(hidden = true)
    public Response document(@PathParam("id") String id, @Context UriInfo uri) {
        try {
            DocumentEntity d = documents.byId(parseId(id, "DOCUMENT_NOT_FOUND"));
            Api.Document view = documents.view(d);
            IssueEntity issue = issues.byId(d.issueId);
            List<Api.Provision> texts = d.hasText ? provisions.provisions(d) : List.of();
            return html(200, PageTemplates.document(DocumentPageModel.of(view, issueLabel(issue.year, issue.issueNumber),
                    texts, citations.references(d), citations.citedBy(d), uri.getBaseUri(), responsibilities.matrix(d))));
        } catch (DomainException e) {
            return problemPage(e, "未找到该文件");
        }
    }

    /** The stable permalink of a provision, as the copy-citation link gives it: to the current version's anchor. */
    @GET
    @Path("documents/by-number/{number}/provisions/{path}")
    @Operation(hidden = true)
    public Response provisionByNumber(@PathParam("number") String number, @PathParam("path") String path) {
        try {
            Api.Provision p = provisions.provisionByNumber(number, path);
            return Response.seeOther(URI.create(PageLinks.provision(p.documentId(), p.path()))).build();
        } catch (DomainException e) {
            return problemPage(e, "未找到该条款");
        }
    }

    /**
     * The search form and its results. A refused form answers 400 with the form re-rendered: the
     * problem in Chinese next to its field, what was typed kept.
     */
    @GET
    @Path("search")
    @Operation(hidden = true)
    public Response search(@QueryParam("q") String q, @QueryParam("year") String year,
                           @QueryParam("issuingAuthority") String authority, @QueryParam("category") String category,
                           @QueryParam("genre") String genre, @QueryParam("signedFrom") String signedFrom,
                           @QueryParam("signedTo") String signedTo, @QueryParam("size") String size,
                           @QueryParam("page") String page, @QueryParam("sort") String sort, @Context UriInfo uri) {
        SearchForm form = new SearchForm(SearchForm.namesQuery(uri.getRequestUri().getRawQuery()), q, year, authority,
                category, genre, signedFrom, signedTo, size, page, sort);
        if (!form.submitted()) {
            return html(200, PageTemplates.search(SearchPageModel.form(form)));
        }
        Integer parsedYear = form.year();
        var from = form.date("signedFrom");
        var to = form.date("signedTo");
        int pageIndex = form.pageIndex();
        int pageSize = form.size(SEARCH_PAGE_SIZE);
        // the service runs even when a field could not be read, so its own refusals show beside theirs
        try {
            Api.SearchResult result = search.search(q, parsedYear, form.filter(SearchForm.AUTHORITY),
                    form.filter(SearchForm.CATEGORY), form.filter(SearchForm.GENRE), from, to, pageIndex, pageSize,
                    form.filter("sort"));
            if (!form.hasErrors()) {
                return html(200, PageTemplates.search(SearchPageModel.of(form, result)));
            }
        } catch (InvalidSearchException e) {
            form.reject(e.field(), e.chineseMessage());
        }
        return html(400, PageTemplates.search(SearchPageModel.form(form)));
    }

    private static long parseId(String id, String code) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.notFound(code, "no such id: " + id);
        }
    }

    /** 2020年第1期, as the gazette names its issues. */
    private static String issueLabel(int year, int number) {
        return year + "年第" + number + "期";
    }

    private static PageTemplates.IssueContents contents(Api.IssueSummary issue, List<Api.TocEntry> toc) {
        Map<String, List<PageTemplates.TocLine>> sections = new LinkedHashMap<>();
        toc.forEach(e -> sections.computeIfAbsent(e.section(), k -> new ArrayList<>())
                .add(new PageTemplates.TocLine(e, PageLinks.document(e.documentId()))));
        return new PageTemplates.IssueContents(issue, issueLabel(issue.year(), issue.number()),
                sections.entrySet().stream().map(s -> new PageTemplates.TocSection(s.getKey(), s.getValue())).toList());
    }

    /** A domain refusal as a page: 404 for what does not exist, 400 for what cannot be an address at all. */
    private static Response problemPage(DomainException e, String notFoundHeading) {
        int status = ProblemMappers.statusOf(e);
        if (status == 404) {
            return html(404, PageTemplates.problem(notFoundHeading, "您访问的页面不存在或已被移除，请从首页或检索页重新查找。"));
        }
        return html(status, PageTemplates.problem("地址有误", "该地址中的文号或条款编号无法识别，请从首页或检索页重新查找。"));
    }

    /** Rendered here rather than by the Qute response filter, which would drop the charset from the content type. */
    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }
}
