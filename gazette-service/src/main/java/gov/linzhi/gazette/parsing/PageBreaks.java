package gov.linzhi.gazette.parsing;

import gov.linzhi.gazette.parsing.MarkdownBlocks.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Before the provision tree is built: paragraphs the printed page split are joined again, and a responsibility
 * clause standing alone joins the paragraph it closes.
 */
final class PageBreaks {

    private static final Pattern CLAUSE_ONLY = Pattern.compile("^[（(]\\s*责任单位");
    private static final String TERMINAL = "。！？!?；;：:）)”\"」』…";

    private PageBreaks() {
    }

    static List<Block> joined(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (!out.isEmpty() && !b.heading()) {
                Block prev = out.get(out.size() - 1);
                String plain = Text.stripEmphasis(b.text()).strip();
                boolean clauseOnly = CLAUSE_ONLY.matcher(plain).find();
                boolean continues = !prev.heading() && !endsSentence(prev.text()) && !wholeBold(prev.text())
                        && NumberedLine.of(Text.tidy(plain)).isEmpty();
                if (!prev.heading() && (clauseOnly || continues)) {
                    out.set(out.size() - 1, new Block(prev.line(), b.endLine(), 0, MarkdownBlocks.joinLines(prev.text(), b.text())));
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
}
