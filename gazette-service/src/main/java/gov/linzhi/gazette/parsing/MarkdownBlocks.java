package gov.linzhi.gazette.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1 of {@link GazetteParser}: the lines of the text as Markdown blocks, headings and paragraphs, each with
 * the lines it came from. A paragraph's wrapped lines are joined as print joins them ({@link #joinLines}).
 */
final class MarkdownBlocks {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

    private MarkdownBlocks() {
    }

    /** A heading (level 1–6) or a paragraph (level 0) with the lines it came from (1-based). */
    record Block(int line, int endLine, int level, String text) {
        boolean heading() {
            return level > 0;
        }

        /** The text without emphasis markers and with print's spacing tidied. */
        String plain() {
            return Text.tidy(Text.stripEmphasis(text));
        }
    }

    /** The source split into lines, line ends of any platform, a byte-order mark dropped. */
    static String[] lines(String source) {
        String text = source.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        return text.split("\n", -1);
    }

    static List<Block> of(String[] lines) {
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

    static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
