package gov.linzhi.gazette.feed;

import gov.linzhi.gazette.documents.DocumentEntity;
import gov.linzhi.gazette.rest.Api;
import gov.linzhi.gazette.issues.IssueEntity;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("  <id>tag:linzhi.gov.cn,2020:gazette</id>\n")
                .append("  <title>林芝市人民政府公报</title>\n")
                .append("  <subtitle>Documents of the Linzhi government gazette</subtitle>\n")
                .append("  <updated>").append(time(feedUpdated)).append("</updated>\n")
                .append("  <author><name>林芝市人民政府办公室</name></author>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(esc(root)).append("/api/v1/feed.atom\"/>\n");
        for (DocumentEntity d : docs) {
            IssueEntity issue = issues.get(d.issueId);
            Instant updated = d.signedOn != null ? d.signedOn.atStartOfDay().toInstant(CHINA) : issue.importedAt;
            String href = root + "/api/v1/documents/" + d.id;
            x.append("  <entry>\n")
                    .append("    <id>tag:linzhi.gov.cn,2020:gazette/document/").append(d.id).append("</id>\n")
                    .append("    <title>").append(esc(d.title)).append("</title>\n")
                    .append("    <updated>").append(time(updated)).append("</updated>\n");
            if (d.issuingAuthority != null) {
                x.append("    <author><name>").append(esc(d.issuingAuthority)).append("</name></author>\n");
            }
            x.append("    <link rel=\"alternate\" type=\"application/json\" href=\"").append(esc(href)).append("\"/>\n");
            if (d.category != null) {
                x.append("    <category term=\"").append(esc(d.category)).append("\"/>\n");
            }
            x.append("    <summary>").append(esc(summary(d, issue))).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    /**
     * A saved search as a feed: its matching documents (newest first, as asked of the search), each entry naming
     * the provisions that match with their text around the match. The feed's id is the search itself.
     */
    public String renderSearch(URI base, Api.SearchResult result, String rawQuery) {
        String root = base.toString().replaceAll("/$", "");
        String self = root + "/api/v1/search/feed.atom" + (rawQuery == null ? "" : "?" + rawQuery);
        String updated = result.items().stream().map(h -> h.document().signedOn()).filter(java.util.Objects::nonNull)
                .max(java.time.LocalDate::compareTo).map(d -> time(d.atStartOfDay().toInstant(CHINA))).orElse(time(Instant.EPOCH));
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("  <id>").append(esc(self)).append("</id>\n")
                .append("  <title>").append(esc("林芝市人民政府公报 · 检索：" + result.query())).append("</title>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <author><name>林芝市人民政府办公室</name></author>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(esc(self)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"application/json\" href=\"").append(esc(root + result.links().first()))
                .append("\"/>\n");
        for (Api.SearchHit hit : result.items()) {
            Api.DocumentSummary d = hit.document();
            String when = d.signedOn() != null ? time(d.signedOn().atStartOfDay().toInstant(CHINA)) : updated;
            x.append("  <entry>\n")
                    .append("    <id>tag:linzhi.gov.cn,2020:gazette/document/").append(d.id()).append("</id>\n")
                    .append("    <title>").append(esc(d.title())).append("</title>\n")
                    .append("    <updated>").append(when).append("</updated>\n");
            if (d.issuingAuthority() != null) {
                x.append("    <author><name>").append(esc(d.issuingAuthority())).append("</name></author>\n");
            }
            x.append("    <link rel=\"alternate\" type=\"application/json\" href=\"").append(esc(root + "/api/v1/documents/" + d.id()))
                    .append("\"/>\n");
            StringBuilder summary = new StringBuilder();
            summary.append(hit.provisionCount() > 0 ? hit.provisionCount() + "处条款匹配" : "标题或文号匹配");
            for (Api.SearchProvisionHit p : hit.provisions()) {
                summary.append("\n").append(p.path()).append(' ').append(p.snippet().replace("<em>", "").replace("</em>", ""));
            }
            x.append("    <summary>").append(esc(summary.toString())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return x.append("</feed>\n").toString();
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

    private static String time(Instant t) {
        return OffsetDateTime.ofInstant(t, CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
