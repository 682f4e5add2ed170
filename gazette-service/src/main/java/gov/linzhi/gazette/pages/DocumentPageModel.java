package gov.linzhi.gazette.pages;

import gov.linzhi.gazette.vocabulary.ProvisionAddress;
import gov.linzhi.gazette.rest.Api;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the document page shows, built from the same views the JSON API returns: the document, its
 * provisions, what it cites and what cites it.
 */
public record DocumentPageModel(Api.Document document, String issueLabel, List<Outline.Node> outline,
                           List<ProvisionSection> provisions, List<ReferenceLink> references, List<CitedByLink> citedBy,
                           Api.ResponsibilityMatrix matrix) {

    /** The matrix cell of a department in a row: ● 牵头, ○ 配合, empty when the clause does not name it. */
    public String cell(Api.MatrixRow row, String department) {
        String role = row.roles().get(department);
        return role == null ? "" : role.equals("LEAD") ? "●" : "○";
    }

    /** The anchor of a matrix row's provision: on this page, or on the page of the published document holding it. */
    public String rowHref(Api.MatrixRow row) {
        return PageLinks.provision(row.documentId(), row.provisionPath());
    }

    /** One provision of the full text, anchored by its path. */
    public record ProvisionSection(Api.Provision provision, int depth, List<LinkedText.Segment> text,
                                   String citationText, String permalink) {

        /**
         * h3 for the top numbered provisions, one deeper per numbered ancestor (down to h6), so headings
         * never skip a level even where the printed numbering does (一、 followed by 1.); 0 for an
         * unnumbered paragraph, which is no heading.
         */
        public int headingLevel() {
            return numbered(provision.number()) ? Math.min(depth + 2, 6) : 0;
        }

        public String anchor() {
            return "#" + ProvisionAddress.fragment(provision.path());
        }

        /** The permalink as people read and copy it: the document number's Chinese as printed, not percent-encoded. */
        public String readablePermalink() {
            URI u = URI.create(permalink);
            return (u.getScheme() == null ? "" : u.getScheme() + "://" + u.getRawAuthority()) + u.getPath()
                    + (u.getRawFragment() == null ? "" : "#" + u.getFragment());
        }

        public String leadDepartment() {
            return provision.responsibility() == null ? null : provision.responsibility().lead();
        }

        /** The departments of the clause other than the lead (配合单位). */
        public List<Api.Department> supporting() {
            return provision.responsibility() == null ? List.of()
                    : provision.responsibility().departments().stream().filter(d -> !d.lead()).toList();
        }
    }

    /** A document the page links to: inside the gazette (its page) or external (a search for who cites it). */
    public record ReferenceLink(Api.Reference reference, String href, boolean external, List<PathLink> citingProvisions) {
    }

    /** A document citing this one, with links to its citing provisions. */
    public record CitedByLink(Api.DocumentRef document, String href, List<PathLink> citingProvisions) {
    }

    /** A provision path and the page anchor it links to. */
    public record PathLink(String path, String href) {
    }

    public static DocumentPageModel of(Api.Document document, String issueLabel, List<Api.Provision> provisions,
                                  List<Api.Reference> references, List<Api.CitedBy> citedBy, URI base) {
        return of(document, issueLabel, provisions, references, citedBy, base,
                new Api.ResponsibilityMatrix(document.id(), document.title(), List.of(), List.of()));
    }

    public static DocumentPageModel of(Api.Document document, String issueLabel, List<Api.Provision> provisions,
                                  List<Api.Reference> references, List<Api.CitedBy> citedBy, URI base,
                                  Api.ResponsibilityMatrix matrix) {
        Map<String, String> numbers = new HashMap<>();
        for (Api.ProvisionOutline p : document.provisions()) {
            numbers.put(p.path(), p.number());
        }
        List<ProvisionSection> sections = provisions.stream().map(p -> new ProvisionSection(p,
                numberedDepth(p.path(), numbers), LinkedText.of(body(p), p.citations()),
                CitationText.of(p, numbers), permalink(base, p))).toList();
        List<ReferenceLink> refs = references.stream().map(r -> new ReferenceLink(r, citationHref(r.resolved(),
                r.target(), r.normalized()), !r.resolved(),
                pathLinks(document.id(), r.provisionPaths()))).toList();
        List<CitedByLink> backlinks = citedBy.stream().map(c -> new CitedByLink(c.document(),
                PageLinks.document(c.document().id()), pathLinks(c.document().id(), c.provisionPaths()))).toList();
        return new DocumentPageModel(document, issueLabel, Outline.of(document.provisions()), sections, refs, backlinks, matrix);
    }

    /** How many numbered provisions the path runs through, itself included: 3.1.3 → 3, 3.2.2.1 (unnumbered) → 3. */
    static int numberedDepth(String path, Map<String, String> numbers) {
        int depth = 0;
        for (int end = path.indexOf('.'); ; end = path.indexOf('.', end + 1)) {
            if (numbered(numbers.get(end < 0 ? path : path.substring(0, end)))) {
                depth++;
            }
            if (end < 0) {
                return depth;
            }
        }
    }

    private static boolean numbered(String number) {
        return number != null && !number.isBlank();
    }

    /**
     * The text after the heading: a numbered provision's text opens with its heading (实施新型学徒培养计划。推行…),
     * which the page already shows as the provision's heading.
     */
    static String body(Api.Provision p) {
        String text = p.text() == null ? "" : p.text();
        if (!numbered(p.number()) || p.heading() == null || p.heading().isBlank() || !text.startsWith(p.heading())) {
            return text;
        }
        return text.substring(p.heading().length()).replaceFirst("^[。：:；;，,\\s]+", "");
    }

    /** Where a citation leads: the cited document's page, or for a document not in the gazette a search for it. */
    public static String citationHref(boolean resolved, Api.DocumentRef target, String normalized) {
        if (resolved && target != null) {
            return PageLinks.document(target.id());
        }
        return SearchForm.link(normalized);
    }

    private static String permalink(URI base, Api.Provision p) {
        String relative = p.documentNumber() != null
                ? PageLinks.provisionByNumber(p.documentNumber(), p.path())
                : PageLinks.provision(p.documentId(), p.path());
        return base.resolve(relative).toString();
    }

    private static List<PathLink> pathLinks(long documentId, List<String> paths) {
        return paths.stream().map(path -> new PathLink(path, PageLinks.provision(documentId, path))).toList();
    }
}
