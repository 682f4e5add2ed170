package gov.linzhi.gazette.parsing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
    private static final List<String> GENRES = List.of("通知", "通报", "报告", "方案", "意见", "决定", "办法", "规定",
            "规划", "批复", "公告", "命令", "纪要", "细则", "要点", "计划", "函");
    private static final Map<String, String> AUTHORITY_BY_CATEGORY = Map.of(
            "市政府文件", "林芝市人民政府",
            "市政府办公室文件", "林芝市人民政府办公室");

    /** A document's place in the issue while the issue is assembled. */
    private static final class Slot {
        final BodyDocument body;
        final String title;
        final int tocIndex;
        String category;
        String authority;
        Integer page;
        Slot publisher;
        final List<Slot> publishes = new ArrayList<>();

        Slot(BodyDocument body, String title, int tocIndex) {
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

    private IssueAssembler() {
    }

    static Parsed.Issue assemble(IssueHeader header, TableOfContents toc, List<BodyDocument> body) {
        List<Slot> ordered = new ArrayList<>();
        Map<BodyDocument, Slot> slots = new IdentityHashMap<>();
        List<Slot> byEntry = new ArrayList<>();
        for (int t = 0; t < toc.entries().size(); t++) {
            final int index = t;
            TableOfContents.Entry entry = toc.entries().get(t);
            BodyDocument printed = body.stream().filter(b -> b.tocIndex() == index).findFirst().orElse(null);
            Slot slot = printed == null ? new Slot(null, entry.title(), t) : slots.computeIfAbsent(printed, b -> new Slot(b, b.title(), index));
            slot.category = entry.section();
            slot.page = entry.page();
            byEntry.add(slot);
            if (!ordered.contains(slot)) {
                ordered.add(slot);
            }
        }
        for (BodyDocument b : body) {
            if (!slots.containsKey(b)) {
                Slot slot = new Slot(b, b.title(), b.tocIndex());
                slots.put(b, slot);
                ordered.add(slot);
            }
        }
        linkPublishers(ordered);
        List<Slot> placed = placed(ordered);
        placed.forEach(IssueAssembler::fillFromContext);
        List<Parsed.Document> documents = new ArrayList<>();
        for (Slot s : placed) {
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
    private static void linkPublishers(List<Slot> ordered) {
        for (Slot notice : ordered) {
            String published = notice.publishesKey();
            for (Slot target : published == null ? List.<Slot>of() : ordered) {
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
    private static List<Slot> placed(List<Slot> ordered) {
        List<Slot> placed = new ArrayList<>();
        for (Slot s : ordered) {
            if (placed.contains(s)) {
                continue;
            }
            placed.add(s);
            for (Slot p : s.publishes) {
                if (p.tocIndex < 0 && !placed.contains(p)) {
                    placed.add(p);
                }
            }
        }
        return placed;
    }

    private static void fillFromContext(Slot s) {
        Slot pub = s.publisher;
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

    private static Parsed.Document document(Slot s, List<Integer> publishes) {
        BodyDocument b = s.body;
        if (b == null) {
            return new Parsed.Document(s.title, s.category, s.authority, null, null, genre(s.title), null, null,
                    s.page, false, null, List.of(), publishes, 0);
        }
        return new Parsed.Document(b.title(), s.category, s.authority, b.documentNumber(), b.signedOn(), genre(b.title()),
                b.recipients(), b.subtitle(), s.page, true, b.markdown(), b.provisions(), publishes, b.firstLine());
    }

    private static String authorityInTitle(Slot s) {
        Matcher m = AUTHORITY_IN_TITLE.matcher(s.key());
        return m.find() ? m.group(1) : null;
    }

    /** The genre (文种) a title ends with, ignoring a trailing （2019—2021年） and title marks. */
    static String genre(String title) {
        String t = Text.titleKey(title).replaceAll("（[^（）]*）$", "").replace("》", "");
        for (String g : GENRES) {
            if (t.endsWith(g)) {
                return g;
            }
        }
        return "其他";
    }
}
