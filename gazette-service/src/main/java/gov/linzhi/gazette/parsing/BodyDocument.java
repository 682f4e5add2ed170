package gov.linzhi.gazette.parsing;

import gov.linzhi.gazette.parsing.MarkdownBlocks.Block;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 4 of {@link GazetteParser}: one document as printed in the body of the issue, its head read (title, the
 * —subtitle with its date, 文号, 主送, the closing signature and date) and its provisions built by stage 5.
 *
 * @param publishesKey the title key of the document a 关于印发《X》的通知 publishes, or null
 * @param tocIndex     the table-of-contents entry with this title, or -1
 */
record BodyDocument(String title, String subtitle, String documentNumber, LocalDate signedOn, String recipients,
                    String signature, String markdown, List<Parsed.Provision> provisions, String publishesKey,
                    int firstLine, int tocIndex) {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*$");
    private static final Pattern PUBLISHES = Pattern.compile("关于(?:印发|转发|颁布|发布)(.+?)的通知$");
    private static final int LONGEST_RECIPIENTS = 200;
    private static final int LONGEST_SIGNATURE = 40;

    String key() {
        return Text.titleKey(title);
    }

    /**
     * The documents of the body: one starts at every level-1 heading, at a heading the table of contents lists, and
     * at the heading of a document a notice in the issue publishes.
     */
    static List<BodyDocument> split(List<Block> body, TableOfContents toc, String[] lines) {
        Map<String, Integer> tocKeys = toc.indexByKey();
        List<String> publishKeys = new ArrayList<>();
        for (Block b : body) {
            if (b.heading()) {
                publishedKey(Text.titleKey(b.text())).ifPresent(publishKeys::add);
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (int n = 0; n < body.size(); n++) {
            Block b = body.get(n);
            if (b.heading() && (b.level() == 1 || startsDocument(Text.titleKey(b.text()), tocKeys, publishKeys))) {
                starts.add(n);
            }
        }
        List<BodyDocument> documents = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int to = s + 1 < starts.size() ? starts.get(s + 1) : body.size();
            documents.add(read(body.subList(starts.get(s), to), lines, tocKeys));
        }
        return documents;
    }

    private static boolean startsDocument(String key, Map<String, Integer> tocKeys, List<String> publishKeys) {
        return tocKeys.containsKey(key) || publishKeys.contains(key);
    }

    private static BodyDocument read(List<Block> blocks, String[] lines, Map<String, Integer> tocKeys) {
        Block head = blocks.get(0);
        String title = head.plain();
        String subtitle = null;
        LocalDate signedOn = null;
        String number = null;
        String recipients = null;
        int j = 1;
        if (isParagraph(blocks, j) && blocks.get(j).text().startsWith("—")) {
            subtitle = Text.tidy(blocks.get(j).text().replaceFirst("^[—\\-]+", ""));
            Matcher m = DATE.matcher(subtitle);
            if (m.find()) {
                signedOn = date(m, blocks.get(j).line());
            }
            j++;
        }
        Optional<String> canonical = isParagraph(blocks, j) ? DocumentNumbers.canonical(blocks.get(j).text()) : Optional.empty();
        if (canonical.isPresent()) {
            number = canonical.get();
            j++;
            String r = isParagraph(blocks, j) ? Text.tidy(blocks.get(j).text()) : "";
            if (r.length() <= LONGEST_RECIPIENTS && (r.endsWith("：") || r.endsWith(":"))) {
                recipients = r.substring(0, r.length() - 1);
                j++;
            }
        }
        List<Block> rest = new ArrayList<>(blocks.subList(j, blocks.size()));
        String signature = null;
        Matcher closing = rest.isEmpty() || rest.get(rest.size() - 1).heading() ? null
                : DATE_LINE.matcher(rest.get(rest.size() - 1).text());
        if (closing != null && closing.matches()) {
            signedOn = date(closing, rest.remove(rest.size() - 1).line());
            Block sig = rest.isEmpty() ? null : rest.get(rest.size() - 1);
            String s = sig == null ? "" : Text.tidy(sig.text());
            if (sig != null && !sig.heading() && s.length() <= LONGEST_SIGNATURE && s.matches("[^。，；,;！？]+")) {
                signature = s;
                rest.remove(rest.size() - 1);
            }
        }
        String key = Text.titleKey(title);
        return new BodyDocument(title, subtitle, number, signedOn, recipients, signature,
                markdown(lines, head.line(), blocks.get(blocks.size() - 1).endLine()), ProvisionTree.build(rest),
                publishedKey(key).orElse(null), head.line(), tocKeys.getOrDefault(key, -1));
    }

    private static boolean isParagraph(List<Block> blocks, int j) {
        return j < blocks.size() && !blocks.get(j).heading();
    }

    private static String markdown(String[] lines, int fromLine, int toLine) {
        StringBuilder md = new StringBuilder();
        for (int n = fromLine - 1; n < toLine; n++) {
            md.append(lines[n].stripTrailing()).append('\n');
        }
        return md.toString().strip() + "\n";
    }

    static Optional<String> publishedKey(String titleKey) {
        Matcher m = PUBLISHES.matcher(titleKey);
        return m.find() ? Optional.of(Text.titleKey(m.group(1))) : Optional.empty();
    }

    private static LocalDate date(Matcher m, int line) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new GazetteParseException(line, "not a calendar date: " + m.group());
        }
    }
}
