package gov.linzhi.gazette.parsing;

import gov.linzhi.gazette.parsing.MarkdownBlocks.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 2 of {@link GazetteParser}: the issue's masthead, from the {@code # } title to the heading 目录 — year,
 * issue number (第 1 期（总第 1 期）), frequency (（月刊）) and the editorial box (主管：…, 主办：…).
 */
record IssueHeader(String title, int year, int number, Integer cumulativeNumber, String frequency,
                   List<Parsed.EditorialEntry> editorial) {

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})\\s*(?:年)?$");
    private static final Pattern ISSUE_NUMBER = Pattern.compile(
            "第\\s*(\\d+)\\s*期(?:\\s*[（(]\\s*总\\s*第\\s*(\\d+)\\s*期\\s*[）)])?");
    private static final Pattern FREQUENCY = Pattern.compile("^[（(]\\s*(\\S{1,6}刊)\\s*[）)]$");
    /** An editorial line's role ends at its colon, within this many characters. */
    private static final int LONGEST_ROLE = 12;

    /** The value of the first editorial line with this role (主管, 主办), if printed. */
    String editorialValue(String role) {
        return editorial.stream().filter(e -> e.role().equals(role)).map(Parsed.EditorialEntry::value)
                .findFirst().orElse(null);
    }

    /** Reads the header; the next block is the table-of-contents heading. */
    static Consumed<IssueHeader> read(List<Block> blocks, int lineCount) {
        Block first = blocks.get(0);
        if (first.level() != 1) {
            throw new GazetteParseException(first.line(), "expected the gazette title as a '# ' heading, found: "
                    + MarkdownBlocks.abbreviate(first.text()));
        }
        String title = first.plain().replace(" ", "");
        Integer year = null;
        Integer number = null;
        Integer cumulative = null;
        String frequency = null;
        List<Parsed.EditorialEntry> editorial = new ArrayList<>();
        int i = 1;
        for (; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String plain = b.plain();
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
                editorialLine(b, plain, editorial);
            }
        }
        if (i >= blocks.size()) {
            throw new GazetteParseException(lineCount, "no table of contents (a heading '目录') found");
        }
        if (year == null) {
            throw new GazetteParseException(first.line(), "no year line (e.g. 2020) after the title");
        }
        if (number == null) {
            throw new GazetteParseException(first.line(), "no issue number line (e.g. 第 1 期（总第 1 期）) after the title");
        }
        return new Consumed<>(new IssueHeader(title, year, number, cumulative, frequency, List.copyOf(editorial)), i);
    }

    /** 角色：值, or the continuation of the previous line's value. */
    private static void editorialLine(Block b, String plain, List<Parsed.EditorialEntry> editorial) {
        String raw = b.text().replace("**", "").strip().replaceAll("\\s+", " ");
        int colon = indexOfColon(raw);
        if (colon > 0 && colon <= LONGEST_ROLE) {
            editorial.add(new Parsed.EditorialEntry(raw.substring(0, colon).replace(" ", ""), raw.substring(colon + 1).strip()));
        } else if (!editorial.isEmpty()) {
            Parsed.EditorialEntry last = editorial.remove(editorial.size() - 1);
            editorial.add(new Parsed.EditorialEntry(last.role(), last.value() + " " + raw));
        } else {
            throw new GazetteParseException(b.line(), "unexpected text in the issue header: " + MarkdownBlocks.abbreviate(plain));
        }
    }

    private static int indexOfColon(String s) {
        int a = s.indexOf('：');
        int b = s.indexOf(':');
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }
}
