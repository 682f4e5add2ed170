package gov.linzhi.platform.feed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an Atom 1.0 feed (RFC 4287): the feed's id, title, update time and self link, and its entries, every text
 * escaped for XML. Times are written in China Standard Time, as the services' users read them.
 */
public final class AtomWriter {

    public static final String MEDIA_TYPE = "application/atom+xml";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** One entry; {@code author}, {@code link}, {@code category} and {@code summary} may be null. */
    public record Entry(String id, String title, Instant updated, String author, String link, String linkType,
                        String category, String summary) {
    }

    /** The feed; {@code subtitle}, {@code author} and {@code alternate} (its JSON form) may be null. */
    public record Feed(String id, String title, String subtitle, Instant updated, String author, String self, String alternate,
                       List<Entry> entries) {
    }

    private AtomWriter() {
    }

    public static String write(Feed feed) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("  <id>").append(escape(feed.id())).append("</id>\n")
                .append("  <title>").append(escape(feed.title())).append("</title>\n");
        if (feed.subtitle() != null) {
            x.append("  <subtitle>").append(escape(feed.subtitle())).append("</subtitle>\n");
        }
        x.append("  <updated>").append(time(feed.updated())).append("</updated>\n");
        if (feed.author() != null) {
            x.append("  <author><name>").append(escape(feed.author())).append("</name></author>\n");
        }
        x.append("  <link rel=\"self\" type=\"").append(MEDIA_TYPE).append("\" href=\"").append(escape(feed.self())).append("\"/>\n");
        if (feed.alternate() != null) {
            x.append("  <link rel=\"alternate\" type=\"application/json\" href=\"").append(escape(feed.alternate())).append("\"/>\n");
        }
        for (Entry e : feed.entries()) {
            x.append("  <entry>\n")
                    .append("    <id>").append(escape(e.id())).append("</id>\n")
                    .append("    <title>").append(escape(e.title())).append("</title>\n")
                    .append("    <updated>").append(time(e.updated())).append("</updated>\n");
            if (e.author() != null) {
                x.append("    <author><name>").append(escape(e.author())).append("</name></author>\n");
            }
            if (e.link() != null) {
                x.append("    <link rel=\"alternate\" type=\"").append(escape(e.linkType() == null ? "application/json" : e.linkType()))
                        .append("\" href=\"").append(escape(e.link())).append("\"/>\n");
            }
            if (e.category() != null) {
                x.append("    <category term=\"").append(escape(e.category())).append("\"/>\n");
            }
            if (e.summary() != null) {
                x.append("    <summary>").append(escape(e.summary())).append("</summary>\n");
            }
            x.append("  </entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    /** RFC 3339 in China Standard Time. */
    public static String time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Text and attribute values escaped; characters XML 1.0 cannot carry dropped. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
