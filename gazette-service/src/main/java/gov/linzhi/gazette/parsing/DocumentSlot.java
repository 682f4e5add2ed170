package gov.linzhi.gazette.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's place in the issue while {@link IssueAssembler} puts the issue together: what the body printed of it
 * (null for a table-of-contents entry without text), and what the assembly fills in from its context.
 */
final class DocumentSlot {
    final BodyDocument body;
    final String title;
    final int tocIndex;
    String category;
    String authority;
    Integer page;
    DocumentSlot publisher;
    final List<DocumentSlot> publishes = new ArrayList<>();

    DocumentSlot(BodyDocument body, String title, int tocIndex) {
        this.body = body;
        this.title = title;
        this.tocIndex = tocIndex;
        this.authority = body == null ? null : body.signature();
    }

    String key() {
        return Text.titleKey(title);
    }

    String publishesKey() {
        return body == null ? null : body.publishesKey();
    }
}
