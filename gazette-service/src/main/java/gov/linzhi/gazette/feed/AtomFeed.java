package gov.linzhi.gazette.feed;

import gov.linzhi.gazette.documents.DocumentEntity;
import gov.linzhi.gazette.rest.Api;
import gov.linzhi.gazette.issues.IssueEntity;
import io.quarkus.panache.common.Page;
import gov.linzhi.platform.feed.AtomWriter;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An Atom 1.0 feed (RFC 4287) of the current documents, newest issue first. */
@ApplicationScoped
public class AtomFeed {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** Entries in a feed. */
    public static final int ENTRIES = 100;

    public String render(URI base) {
        List<DocumentEntity> docs = DocumentEntity.<DocumentEntity>find("current = true order by issueId desc, ordinal")
                .page(Page.ofSize(ENTRIES)).list();
        Map<Long, IssueEntity> issues = new HashMap<>();
        if (!docs.isEmpty()) {
            IssueEntity.<IssueEntity>list("id in ?1", docs.stream().map(d -> d.issueId).distinct().toList())
                    .forEach(i -> issues.put(i.id, i));
        }
        Instant feedUpdated = issues.values().stream().map(i -> i.importedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        String root = base.toString().replaceAll("/$", "");
        List<AtomWriter.Entry> entries = docs.stream().map(d -> {
            IssueEntity issue = issues.get(d.issueId);
            Instant updated = d.signedOn != null ? d.signedOn.atStartOfDay().toInstant(CHINA) : issue.importedAt;
            return new AtomWriter.Entry("tag:linzhi.gov.cn,2020:gazette/document/" + d.id, d.title, updated, d.issuingAuthority,
                    root + "/api/v1/documents/" + d.id, null, d.category, summary(d, issue));
        }).toList();
        return AtomWriter.write(new AtomWriter.Feed("tag:linzhi.gov.cn,2020:gazette", "林芝市人民政府公报",
                "Documents of the Linzhi government gazette", feedUpdated, "林芝市人民政府办公室", root + "/api/v1/feed.atom", null, entries));
    }

    /**
     * A saved search as a feed: its matching documents (newest first, as asked of the search), each entry naming
     * the provisions that match with their text around the match. The feed's id is the search itself.
     */
    public String renderSearch(URI base, Api.SearchResult result, String rawQuery) {
        String root = base.toString().replaceAll("/$", "");
        String self = root + "/api/v1/search/feed.atom" + (rawQuery == null ? "" : "?" + rawQuery);
        Instant updated = result.items().stream().map(h -> h.document().signedOn()).filter(java.util.Objects::nonNull)
                .max(java.time.LocalDate::compareTo).map(d -> d.atStartOfDay().toInstant(CHINA)).orElse(Instant.EPOCH);
        List<AtomWriter.Entry> entries = result.items().stream().map(hit -> {
            Api.DocumentSummary d = hit.document();
            StringBuilder summary = new StringBuilder();
            summary.append(hit.provisionCount() > 0 ? hit.provisionCount() + "处条款匹配" : "标题或文号匹配");
            for (Api.SearchProvisionHit p : hit.provisions()) {
                summary.append("\n").append(p.path()).append(' ').append(p.snippet().replace("<em>", "").replace("</em>", ""));
            }
            return new AtomWriter.Entry("tag:linzhi.gov.cn,2020:gazette/document/" + d.id(), d.title(),
                    d.signedOn() != null ? d.signedOn().atStartOfDay().toInstant(CHINA) : updated, d.issuingAuthority(),
                    root + "/api/v1/documents/" + d.id(), null, null, summary.toString());
        }).toList();
        return AtomWriter.write(new AtomWriter.Feed(self, "林芝市人民政府公报 · 检索：" + result.query(), null, updated,
                "林芝市人民政府办公室", self, root + result.links().first(), entries));
    }

    private static String summary(DocumentEntity d, IssueEntity issue) {
        StringBuilder s = new StringBuilder();
        s.append(issue.title).append(' ').append(issue.year).append("年第").append(issue.issueNumber).append("期");
        if (d.documentNumber != null) {
            s.append(" · ").append(d.documentNumber);
        }
        if (d.genre != null) {
            s.append(" · ").append(d.genre);
        }
        if (!d.hasText) {
            s.append(" · 目录所列，本期未刊载正文");
        }
        return s.toString();
    }
}
