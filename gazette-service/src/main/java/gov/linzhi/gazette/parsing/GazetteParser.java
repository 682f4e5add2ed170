package gov.linzhi.gazette.parsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of one issue of 林芝市人民政府公报 (Markdown as converted from the printed issue) into
 * {@link Parsed.Issue}. Plain Java, no container. Tolerates the quirks of converted print: Markdown
 * headings of uneven depth, table-of-contents lines that wrap, full- and half-width punctuation,
 * sentences split by page breaks, bold markers anywhere. Throws {@link GazetteParseException} naming
 * the line when the text is not a gazette issue it understands.
 */
public final class GazetteParser {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})\\s*(?:年)?$");
    private static final Pattern ISSUE_NUMBER = Pattern.compile(
            "第\\s*(\\d+)\\s*期(?:\\s*[（(]\\s*总\\s*第\\s*(\\d+)\\s*期\\s*[）)])?");
    private static final Pattern FREQUENCY = Pattern.compile("^[（(]\\s*(\\S{1,6}刊)\\s*[）)]$");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*$");
    private static final Pattern PUBLISHES = Pattern.compile("关于(?:印发|转发|颁布|发布)(.+?)的通知$");
    private static final Pattern AUTHORITY_IN_TITLE = Pattern.compile("^(.{2,30}?)关于");
    private static final Pattern CLAUSE_ONLY = Pattern.compile("^[（(]\\s*责任单位");
    private static final String CN = "[一二三四五六七八九十百零]+";
    private static final Pattern L1 = Pattern.compile("^(" + CN + ")\\s*、\\s*");
    private static final Pattern L2 = Pattern.compile("^[（(]\\s*(" + CN + ")\\s*[）)]\\s*");
    private static final Pattern L3 = Pattern.compile("^(\\d{1,3})\\s*[.．、](?!\\d)\\s*");
    private static final Pattern L4 = Pattern.compile("^[（(]\\s*(\\d{1,3})\\s*[）)]\\s*");
    private static final String TERMINAL = "。！？!?；;：:）)”\"」』…";
    private static final List<String> GENRES = List.of("通知", "通报", "报告", "方案", "意见", "决定", "办法", "规定",
            "规划", "批复", "公告", "命令", "纪要", "细则", "要点", "计划", "函");
    private static final Map<String, String> AUTHORITY_BY_CATEGORY = Map.of(
            "市政府文件", "林芝市人民政府",
            "市政府办公室文件", "林芝市人民政府办公室");

    /** A heading (level 1–6) or a paragraph (level 0) with the lines it came from (1-based). */
    record Block(int line, int endLine, int level, String text) {
        boolean heading() {
            return level > 0;
        }
    }

    /** Parses one issue. */
    public Parsed.Issue parse(String source) {
        if (source == null || source.isBlank()) {
            throw new GazetteParseException(1, "the text is empty");
        }
        String text = source.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = text.split("\n", -1);
        List<Block> blocks = blocks(lines);
        int i = 0;
        Block first = blocks.get(0);
        if (first.level() != 1) {
            throw new GazetteParseException(first.line(), "expected the gazette title as a '# ' heading, found: "
                    + abbreviate(first.text()));
        }
        String title = Text.tidy(Text.stripEmphasis(first.text())).replace(" ", "");
        i++;
        Integer year = null;
        Integer number = null;
        Integer cumulative = null;
        String frequency = null;
        List<String[]> editorial = new ArrayList<>();
        for (; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String plain = Text.tidy(Text.stripEmphasis(b.text()));
            if (b.heading() && plain.replace(" ", "").contains("目录")) {
                break;
            }
            if (b.level() == 1) {
                throw new GazetteParseException(b.line(), "a document starts before the table of contents (## 目录)");
            }
            if (b.heading()) {
                continue;
            }
            Matcher m;
            if (year == null && (m = YEAR.matcher(plain)).matches()) {
                year = Integer.parseInt(m.group(1));
            } else if (number == null && (m = ISSUE_NUMBER.matcher(plain.replace(" ", ""))).find()) {
                number = Integer.parseInt(m.group(1));
                cumulative = m.group(2) == null ? null : Integer.parseInt(m.group(2));
            } else if (frequency == null && (m = FREQUENCY.matcher(plain.replace(" ", ""))).matches()) {
                frequency = m.group(1);
            } else {
                String raw = b.text().replace("**", "").strip().replaceAll("\\s+", " ");
                int colon = indexOfColon(raw);
                if (colon > 0 && colon <= 12) {
                    editorial.add(new String[] {raw.substring(0, colon).replace(" ", ""), raw.substring(colon + 1).strip()});
                } else if (!editorial.isEmpty()) {
                    String[] last = editorial.get(editorial.size() - 1);
                    last[1] = last[1] + " " + raw;
                } else {
                    throw new GazetteParseException(b.line(), "unexpected text in the issue header: " + abbreviate(plain));
                }
            }
        }
        if (i >= blocks.size()) {
            throw new GazetteParseException(lines.length, "no table of contents (a heading '目录') found");
        }
        if (year == null) {
            throw new GazetteParseException(first.line(), "no year line (e.g. 2020) after the title");
        }
        if (number == null) {
            throw new GazetteParseException(first.line(), "no issue number line (e.g. 第 1 期（总第 1 期）) after the title");
        }
        int tocLine = blocks.get(i).line();
        i++;
        List<String[]> toc = new ArrayList<>(); // section, title, page
        String section = null;
        Block pending = null;
        String pendingText = "";
        for (; i < blocks.size() && blocks.get(i).level() != 1; i++) {
            Block b = blocks.get(i);
            if (b.heading()) {
                if (pending != null) {
                    throw new GazetteParseException(pending.line(), "table-of-contents entry without a page number: "
                            + abbreviate(pendingText));
                }
                section = Text.tidy(Text.stripEmphasis(b.text())).replace(" ", "");
                continue;
            }
            if (pending == null) {
                pending = b;
                pendingText = b.text();
            } else {
                pendingText = joinLines(pendingText, b.text());
            }
            Optional<TocLine> entry = TocLine.parse(Text.stripEmphasis(pendingText).strip());
            if (entry.isPresent()) {
                toc.add(new String[] {section, Text.tidy(entry.get().title()), entry.get().page()});
                pending = null;
                pendingText = "";
            }
        }
        if (pending != null) {
            throw new GazetteParseException(pending.line(), "table-of-contents entry without a page number: "
                    + abbreviate(pendingText));
        }
        if (toc.isEmpty()) {
            throw new GazetteParseException(tocLine, "the table of contents lists no document");
        }
        if (i >= blocks.size()) {
            throw new GazetteParseException(lines.length, "no document follows the table of contents");
        }
        List<Draft> drafts = documents(blocks.subList(i, blocks.size()), toc, lines);
        return assemble(title, year, number, cumulative, frequency, editorial, toc, drafts);
    }

    // ---------------------------------------------------------------- blocks

    private static List<Block> blocks(String[] lines) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder para = null;
        int start = 0;
        int last = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            Matcher h = HEADING.matcher(line.strip());
            if (line.isBlank() || h.matches()) {
                if (para != null) {
                    blocks.add(new Block(start, last, 0, para.toString().strip()));
                    para = null;
                }
                if (h.matches() && !h.group(2).isBlank()) {
                    blocks.add(new Block(n + 1, n + 1, h.group(1).length(), h.group(2).strip()));
                }
                continue;
            }
            if (para == null) {
                para = new StringBuilder(line.strip());
                start = n + 1;
            } else {
                String joined = joinLines(para.toString(), line.strip());
                para.setLength(0);
                para.append(joined);
            }
            last = n + 1;
        }
        if (para != null) {
            blocks.add(new Block(start, last, 0, para.toString().strip()));
        }
        if (blocks.isEmpty()) {
            throw new GazetteParseException(1, "the text is empty");
        }
        return blocks;
    }

    /** Joins two pieces of a wrapped line: no space between Chinese characters, one otherwise. */
    static String joinLines(String a, String b) {
        String left = a.stripTrailing();
        String right = b.strip();
        if (left.isEmpty() || right.isEmpty()) {
            return left + right;
        }
        boolean wide = isWide(left.charAt(left.length() - 1)) || isWide(right.charAt(0))
                || left.endsWith("**") || right.startsWith("**");
        return wide ? left + right : left + " " + right;
    }

    private static boolean isWide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c > 0x2000;
    }

    private static int indexOfColon(String s) {
        int a = s.indexOf('：');
        int b = s.indexOf(':');
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    // ---------------------------------------------------------------- documents

    /** A document while it is being parsed. */
    private static final class Draft {
        String title;
        String category;
        String authority;
        String number;
        LocalDate signedOn;
        String recipients;
        String subtitle;
        Integer page;
        boolean hasText = true;
        String markdown;
        List<Parsed.Provision> provisions = List.of();
        String publishesKey;
        Draft publisher;
        int firstLine;
        int tocIndex = -1;

        String key() {
            return Text.titleKey(title);
        }
    }

    private List<Draft> documents(List<Block> body, List<String[]> toc, String[] lines) {
        Map<String, Integer> tocKeys = new HashMap<>();
        for (int t = 0; t < toc.size(); t++) {
            tocKeys.putIfAbsent(Text.titleKey(toc.get(t)[1]), t);
        }
        List<String> publishKeys = new ArrayList<>();
        for (Block b : body) {
            if (b.heading()) {
                publishedKey(Text.titleKey(b.text())).ifPresent(publishKeys::add);
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (int n = 0; n < body.size(); n++) {
            Block b = body.get(n);
            if (!b.heading()) {
                continue;
            }
            String key = Text.titleKey(b.text());
            if (b.level() == 1 || tocKeys.containsKey(key) || publishKeys.contains(key)) {
                starts.add(n);
            }
        }
        List<Draft> drafts = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : body.size();
            Draft d = document(body.subList(from, to), lines);
            d.tocIndex = tocKeys.getOrDefault(d.key(), -1);
            drafts.add(d);
        }
        return drafts;
    }

    private static Optional<String> publishedKey(String titleKey) {
        Matcher m = PUBLISHES.matcher(titleKey);
        return m.find() ? Optional.of(Text.titleKey(m.group(1))) : Optional.empty();
    }

    private Draft document(List<Block> blocks, String[] lines) {
        Draft d = new Draft();
        Block head = blocks.get(0);
        d.firstLine = head.line();
        d.title = Text.tidy(Text.stripEmphasis(head.text()));
        d.publishesKey = publishedKey(d.key()).orElse(null);
        int j = 1;
        if (j < blocks.size() && !blocks.get(j).heading() && blocks.get(j).text().startsWith("—")) {
            d.subtitle = Text.tidy(blocks.get(j).text().replaceFirst("^[—\\-]+", ""));
            Matcher m = DATE.matcher(d.subtitle);
            if (m.find()) {
                d.signedOn = date(m, blocks.get(j).line());
            }
            j++;
        }
        if (j < blocks.size() && !blocks.get(j).heading()) {
            Optional<String> number = DocumentNumbers.canonical(blocks.get(j).text());
            if (number.isPresent()) {
                d.number = number.get();
                j++;
                if (j < blocks.size() && !blocks.get(j).heading()) {
                    String r = Text.tidy(blocks.get(j).text());
                    if (r.length() <= 200 && (r.endsWith("：") || r.endsWith(":"))) {
                        d.recipients = r.substring(0, r.length() - 1);
                        j++;
                    }
                }
            }
        }
        List<Block> rest = new ArrayList<>(blocks.subList(j, blocks.size()));
        if (!rest.isEmpty() && !rest.get(rest.size() - 1).heading()) {
            Block last = rest.get(rest.size() - 1);
            Matcher m = DATE_LINE.matcher(last.text());
            if (m.matches()) {
                d.signedOn = date(m, last.line());
                rest.remove(rest.size() - 1);
                if (!rest.isEmpty()) {
                    Block sig = rest.get(rest.size() - 1);
                    String s = Text.tidy(sig.text());
                    if (!sig.heading() && s.length() <= 40 && s.matches("[^。，；,;！？]+")) {
                        d.authority = s;
                        rest.remove(rest.size() - 1);
                    }
                }
            }
        }
        Block end = blocks.get(blocks.size() - 1);
        StringBuilder md = new StringBuilder();
        for (int n = head.line() - 1; n < end.endLine(); n++) {
            md.append(lines[n].stripTrailing()).append('\n');
        }
        d.markdown = md.toString().strip() + "\n";
        d.provisions = new ProvisionBuilder().build(rest);
        return d;
    }

    private static LocalDate date(Matcher m, int line) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new GazetteParseException(line, "not a calendar date: " + m.group());
        }
    }

    // ---------------------------------------------------------------- provisions

    /** A provision while it is being built. */
    private static final class Node {
        String path;
        String parentPath;
        int level;
        String number;
        String heading;
        StringBuilder text = new StringBuilder();
        boolean acceptsBody;
        int children;
        int line;
    }

    /** Builds the provision tree of one document body. */
    private static final class ProvisionBuilder {
        private final List<Node> nodes = new ArrayList<>();
        private final Map<String, Node> byPath = new HashMap<>();
        private final List<Node> stack = new ArrayList<>();
        private int preamble;

        List<Parsed.Provision> build(List<Block> blocks) {
            for (Block b : joinPageBreaks(blocks)) {
                String plain = Text.tidy(Text.stripEmphasis(b.text()));
                if (plain.isEmpty()) {
                    continue;
                }
                Numbered n = numbered(plain);
                if (n != null) {
                    addNumbered(n, b);
                } else if (b.heading()) {
                    Node node = positional(b);
                    node.heading = stripEnd(plain);
                    node.text.append(node.heading);
                    node.acceptsBody = true;
                } else {
                    Node top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                    Node target = top != null && top.acceptsBody ? top
                            : nodes.isEmpty() ? null : nodes.get(nodes.size() - 1).acceptsBody ? nodes.get(nodes.size() - 1) : null;
                    if (target != null && target.acceptsBody) {
                        target.text.append(target.text.length() > 0 ? "\n" : "").append(plain);
                    } else {
                        Node node = positional(b);
                        node.heading = firstSentence(plain);
                        node.text.append(plain);
                    }
                }
            }
            Map<String, String> aliases = new LinkedHashMap<>();
            List<Parsed.Provision> out = new ArrayList<>();
            for (Node node : nodes) {
                String text = node.text.toString();
                Parsed.Clause clause = ClauseParser.find(text).map(ClauseParser.Located::clause).orElse(null);
                out.add(new Parsed.Provision(node.path, node.parentPath, node.level, node.number, node.heading, text,
                        clause, QuantityExtractor.extract(text), CitationExtractor.extract(text, aliases), node.line));
            }
            return List.copyOf(out);
        }

        private void addNumbered(Numbered n, Block b) {
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= n.level) {
                stack.remove(stack.size() - 1);
            }
            Node parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            Node node = new Node();
            node.level = n.level;
            node.number = n.label;
            node.parentPath = parent == null ? null : parent.path;
            node.path = parent == null ? String.valueOf(n.value) : parent.path + "." + n.value;
            node.line = b.line();
            if (parent != null) {
                parent.acceptsBody = false;
                parent.children++;
            }
            closeBodies();
            if (b.heading()) {
                node.heading = stripEnd(n.rest);
                node.text.append(node.heading);
                node.acceptsBody = true;
            } else {
                node.heading = firstSentence(n.rest);
                node.text.append(n.rest);
            }
            add(node, b);
            stack.add(node);
        }

        private Node positional(Block b) {
            Node top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            closeBodies();
            Node node = new Node();
            node.line = b.line();
            if (top == null) {
                node.level = 0;
                node.path = "0." + (++preamble);
            } else {
                top.acceptsBody = false;
                node.level = top.level + 1;
                node.parentPath = top.path;
                node.path = top.path + "." + (++top.children);
            }
            add(node, b);
            return node;
        }

        private void closeBodies() {
            if (!nodes.isEmpty()) {
                Node last = nodes.get(nodes.size() - 1);
                if (!stack.contains(last)) {
                    last.acceptsBody = false;
                }
            }
        }

        private void add(Node node, Block b) {
            if (byPath.containsKey(node.path)) {
                throw new GazetteParseException(b.line(), "provision " + node.path + " is numbered twice (first at line "
                        + byPath.get(node.path).line + ")");
            }
            byPath.put(node.path, node);
            nodes.add(node);
        }
    }

    /** Joins paragraphs split by a page break, and a clause standing alone to the paragraph it closes. */
    private static List<Block> joinPageBreaks(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (!out.isEmpty() && !b.heading()) {
                Block prev = out.get(out.size() - 1);
                String plain = Text.stripEmphasis(b.text()).strip();
                boolean clauseOnly = CLAUSE_ONLY.matcher(plain).find();
                boolean continues = !prev.heading() && !endsSentence(prev.text()) && !wholeBold(prev.text())
                        && numbered(Text.tidy(plain)) == null;
                if (!prev.heading() && (clauseOnly || continues)) {
                    out.set(out.size() - 1, new Block(prev.line(), b.endLine(), 0, joinLines(prev.text(), b.text())));
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        while (t.endsWith("**")) {
            t = t.substring(0, t.length() - 2).strip();
        }
        return !t.isEmpty() && TERMINAL.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean wholeBold(String text) {
        String t = text.strip();
        return t.startsWith("**") && t.endsWith("**") && t.indexOf("**", 2) == t.length() - 2;
    }

    /** A numbered paragraph or heading: level 1 一、, 2 （一）, 3 1., 4 （1）. */
    private record Numbered(int level, int value, String label, String rest) {
    }

    private static Numbered numbered(String plain) {
        Matcher m;
        if ((m = L1.matcher(plain)).find() && Text.chineseNumber(m.group(1)) > 0) {
            return new Numbered(1, Text.chineseNumber(m.group(1)), m.group(1) + "、", plain.substring(m.end()));
        }
        if ((m = L2.matcher(plain)).find() && Text.chineseNumber(m.group(1)) > 0) {
            return new Numbered(2, Text.chineseNumber(m.group(1)), "（" + m.group(1) + "）", plain.substring(m.end()));
        }
        if ((m = L3.matcher(plain)).find()) {
            int v = Integer.parseInt(m.group(1));
            return new Numbered(3, v, v + ".", plain.substring(m.end()));
        }
        if ((m = L4.matcher(plain)).find()) {
            int v = Integer.parseInt(m.group(1));
            return new Numbered(4, v, "（" + v + "）", plain.substring(m.end()));
        }
        return null;
    }

    private static String firstSentence(String text) {
        int end = -1;
        for (int k = 0; k < text.length(); k++) {
            if ("。！？!?".indexOf(text.charAt(k)) >= 0) {
                end = k;
                break;
            }
        }
        String s = end > 0 ? text.substring(0, end) : text;
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static String stripEnd(String heading) {
        return heading.strip().replaceAll("[。．.：:；;]+$", "");
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }

    // ---------------------------------------------------------------- assembly

    private Parsed.Issue assemble(String title, int year, int number, Integer cumulative, String frequency,
                                  List<String[]> editorialRaw, List<String[]> toc, List<Draft> body) {
        List<Draft> ordered = new ArrayList<>();
        int[] tocDoc = new int[toc.size()];
        for (int t = 0; t < toc.size(); t++) {
            final int index = t;
            Draft d = body.stream().filter(b -> b.tocIndex == index).findFirst().orElse(null);
            if (d == null) {
                d = new Draft();
                d.title = toc.get(t)[1];
                d.hasText = false;
                d.firstLine = 0;
                d.tocIndex = t;
            }
            d.category = toc.get(t)[0];
            d.page = Integer.parseInt(toc.get(t)[2]);
            tocDoc[t] = ordered.size();
            ordered.add(d);
        }
        for (Draft d : body) {
            if (!ordered.contains(d)) {
                ordered.add(d);
            }
        }
        // publishes: the notice's 《X》 is the document whose title is X (or ends with it, 林芝市 prefixed)
        Map<Draft, List<Draft>> publishes = new LinkedHashMap<>();
        for (Draft notice : ordered) {
            if (notice.publishesKey == null) {
                continue;
            }
            for (Draft target : ordered) {
                String k = target.key();
                if (target != notice && target.publisher == null && !k.endsWith("通知")
                        && (k.equals(notice.publishesKey) || k.endsWith(notice.publishesKey))) {
                    target.publisher = notice;
                    publishes.computeIfAbsent(notice, x -> new ArrayList<>()).add(target);
                }
            }
        }
        // a published document not in the table of contents follows its notice
        List<Draft> placed = new ArrayList<>();
        for (Draft d : ordered) {
            if (placed.contains(d)) {
                continue;
            }
            placed.add(d);
            for (Draft p : publishes.getOrDefault(d, List.of())) {
                if (p.tocIndex < 0 && !placed.contains(p)) {
                    placed.add(p);
                }
            }
        }
        for (Draft d : placed) {
            Draft pub = d.publisher;
            if (d.category == null && pub != null) {
                d.category = pub.category;
            }
            if (d.authority == null) {
                Matcher m = AUTHORITY_IN_TITLE.matcher(d.key());
                if (m.find()) {
                    d.authority = m.group(1);
                } else if (pub != null) {
                    d.authority = pub.authority != null ? pub.authority : authorityInTitle(pub);
                }
                if (d.authority == null && d.category != null) {
                    d.authority = AUTHORITY_BY_CATEGORY.get(d.category);
                }
            }
        }
        List<Parsed.Document> documents = new ArrayList<>();
        for (Draft d : placed) {
            List<Integer> pubs = new ArrayList<>();
            for (Draft p : publishes.getOrDefault(d, List.of())) {
                pubs.add(placed.indexOf(p));
            }
            documents.add(new Parsed.Document(d.title, d.category, d.authority, d.number, d.signedOn, genre(d.title),
                    d.recipients, d.subtitle, d.page, d.hasText, d.hasText ? d.markdown : null,
                    d.provisions, List.copyOf(pubs), d.firstLine));
        }
        List<Parsed.TocEntry> entries = new ArrayList<>();
        for (int t = 0; t < toc.size(); t++) {
            entries.add(new Parsed.TocEntry(toc.get(t)[0], toc.get(t)[1], Integer.parseInt(toc.get(t)[2]),
                    placed.indexOf(ordered.get(tocDoc[t]))));
        }
        List<Parsed.EditorialEntry> editorial = editorialRaw.stream()
                .map(e -> new Parsed.EditorialEntry(e[0], e[1])).toList();
        String supervisor = editorial.stream().filter(e -> e.role().equals("主管")).map(Parsed.EditorialEntry::value)
                .findFirst().orElse(null);
        String sponsor = editorial.stream().filter(e -> e.role().equals("主办")).map(Parsed.EditorialEntry::value)
                .findFirst().orElse(null);
        return new Parsed.Issue(title, year, number, cumulative, frequency, supervisor, sponsor, editorial,
                List.copyOf(entries), List.copyOf(documents));
    }

    private static String authorityInTitle(Draft d) {
        Matcher m = AUTHORITY_IN_TITLE.matcher(d.key());
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
