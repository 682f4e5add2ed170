package gov.linzhi.gazette.parsing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 6 of {@link GazetteParser}: the issue put together. Documents in the order of the table of contents (an
 * entry without text in the body still becomes a document), each notice linked to the documents it publishes (a
 * published document not in the table of contents follows its notice), and each document's section and issuing
 * authority filled from its title, its notice or its section where it prints none.
 */
final class IssueAssembler {

    private static final Pattern AUTHORITY_IN_TITLE = Pattern.compile("^(.{2,30}?)关于");
    private static final Map<String, String> AUTHORITY_BY_CATEGORY = Map.of("市政府文件", "林芝市人民政府",
            "市政府办公室文件", "林芝市人民政府办公室");

    private IssueAssembler() {
    }

    static Parsed.Issue assemble(IssueHeader header, TableOfContents toc, List<BodyDocument> body) {
        List<DocumentSlot> ordered = new ArrayList<>();
        Map<BodyDocument, DocumentSlot> slots = new IdentityHashMap<>();
        List<DocumentSlot> byEntry = new ArrayList<>();
        for (int t = 0; t < toc.entries().size(); t++) {
            final int index = t;
            TableOfContents.Entry entry = toc.entries().get(t);
            BodyDocument printed = body.stream().filter(b -> b.tocIndex() == index).findFirst().orElse(null);
            DocumentSlot slot = printed == null ? new DocumentSlot(null, entry.title(), t) : slots.computeIfAbsent(printed, b -> new DocumentSlot(b, b.title(), index));
            slot.category = entry.section();
            slot.page = entry.page();
            byEntry.add(slot);
            if (!ordered.contains(slot)) {
                ordered.add(slot);
            }
        }
        for (BodyDocument b : body) {
            if (!slots.containsKey(b)) {
                DocumentSlot slot = new DocumentSlot(b, b.title(), b.tocIndex());
                slots.put(b, slot);
                ordered.add(slot);
            }
        }
        linkPublishers(ordered);
        List<DocumentSlot> placed = placed(ordered);
        placed.forEach(IssueAssembler::fillFromContext);
        List<Parsed.Document> documents = new ArrayList<>();
        for (DocumentSlot s : placed) {
            documents.add(document(s, s.publishes.stream().map(placed::indexOf).toList()));
        }
        List<Parsed.TocEntry> entries = new ArrayList<>();
        for (int t = 0; t < toc.entries().size(); t++) {
            TableOfContents.Entry e = toc.entries().get(t);
            entries.add(new Parsed.TocEntry(e.section(), e.title(), e.page(), placed.indexOf(byEntry.get(t))));
        }
        return new Parsed.Issue(header.title(), header.year(), header.number(), header.cumulativeNumber(),
                header.frequency(), header.editorialValue("主管"), header.editorialValue("主办"), header.editorial(),
                List.copyOf(entries), List.copyOf(documents));
    }

    /** The notice's 《X》 is the document whose title is X (or ends with it, 林芝市 prefixed). */
    private static void linkPublishers(List<DocumentSlot> ordered) {
        for (DocumentSlot notice : ordered) {
            String published = notice.publishesKey();
            for (DocumentSlot target : published == null ? List.<DocumentSlot>of() : ordered) {
                String k = target.key();
                if (target != notice && target.publisher == null && !k.endsWith("通知")
                        && (k.equals(published) || k.endsWith(published))) {
                    target.publisher = notice;
                    notice.publishes.add(target);
                }
            }
        }
    }

    /** A published document not in the table of contents follows its notice. */
    private static List<DocumentSlot> placed(List<DocumentSlot> ordered) {
        List<DocumentSlot> placed = new ArrayList<>();
        for (DocumentSlot s : ordered) {
            if (placed.contains(s)) {
                continue;
            }
            placed.add(s);
            for (DocumentSlot p : s.publishes) {
                if (p.tocIndex < 0 && !placed.contains(p)) {
                    placed.add(p);
                }
            }
        }
        return placed;
    }

    private static void fillFromContext(DocumentSlot s) {
        DocumentSlot pub = s.publisher;
        if (s.category == null && pub != null) {
            s.category = pub.category;
        }
        if (s.authority == null) {
            s.authority = authorityInTitle(s);
            if (s.authority == null && pub != null) {
                s.authority = pub.authority != null ? pub.authority : authorityInTitle(pub);
            }
            if (s.authority == null && s.category != null) {
                s.authority = AUTHORITY_BY_CATEGORY.get(s.category);
            }
        }
    }

    private static Parsed.Document document(DocumentSlot s, List<Integer> publishes) {
        BodyDocument b = s.body;
        if (b == null) {
            return ParsedDocumentBuilder.builder()
                    .title(s.title)
                    .category(s.category)
                    .issuingAuthority(s.authority)
                    .genre(Genres.of(s.title))
                    .page(s.page)
                    .hasText(false)
                    .provisions(List.of())
                    .publishesIndex(publishes)
                    .build();
        }
        return ParsedDocumentBuilder.builder()
                .title(b.title())
                .category(s.category)
                .issuingAuthority(s.authority)
                .documentNumber(b.documentNumber())
                .signedOn(b.signedOn())
                .genre(Genres.of(b.title()))
                .recipients(b.recipients())
                .subtitle(b.subtitle())
                .page(s.page)
                .hasText(true)
                .markdown(b.markdown())
                .provisions(b.provisions())
                .publishesIndex(publishes)
                .firstLine(b.firstLine())
                .build();
    }

    private static String authorityInTitle(DocumentSlot s) {
        Matcher m = AUTHORITY_IN_TITLE.matcher(s.key());
        return m.find() ? m.group(1) : null;
    }
}
