package gov.linzhi.gazette.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations in a provision: every document number and every top-level quoted title 《…》
 * (nested 〈〉 or 《》 kept inside). An abbreviation introduced by （以下简称《方案》） makes later
 * 《方案》 cite the title it abbreviates.
 */
public final class CitationExtractor {

    private static final Pattern ALIAS = Pattern.compile("\\s*[（(]\\s*以下简称\\s*《([^》]+)》");

    private CitationExtractor() {
    }

    /**
     * Citations in {@code text}, in order; {@code aliases} collects abbreviations across the provisions of a
     * document (abbreviation → full title key).
     */
    public static List<Parsed.Citation> extract(String text, Map<String, String> aliases) {
        List<int[]> spans = new ArrayList<>();
        List<Parsed.Citation> found = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                if (depth == 0) {
                    start = i;
                }
                depth++;
            } else if (c == '》' && depth > 0) {
                depth--;
                if (depth == 0) {
                    String title = text.substring(start + 1, i);
                    String key = Text.titleKey(title);
                    Matcher alias = ALIAS.matcher(text).region(i + 1, text.length());
                    if (alias.lookingAt()) {
                        aliases.put(Text.titleKey(alias.group(1)), key);
                    }
                    String normalized = aliases.getOrDefault(key, key);
                    if (!key.isEmpty() && !isAliasDefinition(text, start)) {
                        found.add(new Parsed.Citation(Parsed.CitationKind.TITLE, Text.tidy(title), normalized));
                        positions.add(start);
                    }
                    spans.add(new int[] {start, i + 1});
                }
            }
        }
        for (DocumentNumbers.Found n : DocumentNumbers.findAll(text)) {
            found.add(new Parsed.Citation(Parsed.CitationKind.DOCUMENT_NUMBER, n.asWritten(), n.canonical()));
            positions.add(n.start());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(positions.get(a), positions.get(b)));
        List<Parsed.Citation> sorted = new ArrayList<>();
        order.forEach(i -> sorted.add(found.get(i)));
        return sorted;
    }

    private static boolean isAliasDefinition(String text, int titleStart) {
        String before = text.substring(Math.max(0, titleStart - 6), titleStart);
        return before.endsWith("以下简称");
    }
}
