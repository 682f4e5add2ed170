package gov.linzhi.gazette.pages;

import gov.linzhi.gazette.rest.Api;

import java.util.ArrayList;
import java.util.List;

/**
 * A provision's text cut into plain runs and cited runs, so the template can render each citation
 * where it is printed as a link while Qute still escapes every character.
 */
public final class LinkedText {

    /** A run of text; {@code citation} is null for plain text. */
    public record Segment(String text, Api.Citation citation) {
        public boolean linked() {
            return citation != null;
        }

        public String href() {
            return DocumentPageModel.citationHref(citation.resolved(), citation.target(), citation.normalized());
        }

        /** A document the gazette does not hold. */
        public boolean external() {
            return !citation.resolved();
        }
    }

    private LinkedText() {
    }

    /** Cuts {@code text} at the citations, taken in printed order; one not found after the previous stays unlinked. */
    public static List<Segment> of(String text, List<Api.Citation> citations) {
        List<Segment> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int cursor = 0;
        for (Api.Citation c : citations) {
            if (c.text() == null || c.text().isEmpty()) {
                continue;
            }
            int at = text.indexOf(c.text(), cursor);
            if (at < 0) {
                continue;
            }
            if (at > cursor) {
                out.add(new Segment(text.substring(cursor, at), null));
            }
            out.add(new Segment(c.text(), c));
            cursor = at + c.text().length();
        }
        if (cursor < text.length()) {
            out.add(new Segment(text.substring(cursor), null));
        }
        return out;
    }
}
