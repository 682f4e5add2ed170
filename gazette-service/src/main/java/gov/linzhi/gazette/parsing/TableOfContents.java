package gov.linzhi.gazette.parsing;

import gov.linzhi.gazette.parsing.MarkdownBlocks.Block;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 3 of {@link GazetteParser}: the table of contents (目录), from its heading to the first document. Section
 * headings (市政府文件 …) group the entries; an entry may wrap over several paragraphs until its page number.
 */
record TableOfContents(List<Entry> entries) {

    /** One listed document: its section, title and page. */
    record Entry(String section, String title, int page) {
        String key() {
            return Text.titleKey(title);
        }
    }

    /** The first entry for each title key, by its index. */
    Map<String, Integer> indexByKey() {
        Map<String, Integer> keys = new HashMap<>();
        for (int t = 0; t < entries.size(); t++) {
            keys.putIfAbsent(entries.get(t).key(), t);
        }
        return keys;
    }

    /** Reads the table of contents whose heading is {@code blocks[start]}; the next block is the first document. */
    static Consumed<TableOfContents> read(List<Block> blocks, int start, int lineCount) {
        int tocLine = blocks.get(start).line();
        List<Entry> entries = new ArrayList<>();
        String section = null;
        Block pending = null;
        String pendingText = "";
        int i = start + 1;
        for (; i < blocks.size() && blocks.get(i).level() != 1; i++) {
            Block b = blocks.get(i);
            if (b.heading()) {
                requireNoPending(pending, pendingText);
                section = b.plain().replace(" ", "");
                continue;
            }
            if (pending == null) {
                pending = b;
                pendingText = b.text();
            } else {
                pendingText = MarkdownBlocks.joinLines(pendingText, b.text());
            }
            Optional<TocLine> line = TocLine.parse(Text.stripEmphasis(pendingText).strip());
            if (line.isPresent()) {
                entries.add(new Entry(section, Text.tidy(line.get().title()), page(line.get(), pending)));
                pending = null;
                pendingText = "";
            }
        }
        requireNoPending(pending, pendingText);
        if (entries.isEmpty()) {
            throw new GazetteParseException(tocLine, "the table of contents lists no document");
        }
        if (i >= blocks.size()) {
            throw new GazetteParseException(lineCount, "no document follows the table of contents");
        }
        return new Consumed<>(new TableOfContents(List.copyOf(entries)), i);
    }

    private static int page(TocLine line, Block at) {
        try {
            return Integer.parseInt(line.page());
        } catch (NumberFormatException e) {
            throw new GazetteParseException(at.line(), "not a page number: " + line.page());
        }
    }

    private static void requireNoPending(Block pending, String pendingText) {
        if (pending != null) {
            throw new GazetteParseException(pending.line(), "table-of-contents entry without a page number: "
                    + MarkdownBlocks.abbreviate(pendingText));
        }
    }
}
