package gov.linzhi.gazette.parsing;

import gov.linzhi.gazette.parsing.MarkdownBlocks.Block;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 5 of {@link GazetteParser}: the provision tree of one document body. A numbered paragraph or heading opens
 * a provision under the nearest lower level; an unnumbered heading, or a paragraph nothing can take as its body,
 * is numbered by position under the provision open above it ({@code 0.n} before the first numbered one). Each
 * provision then gets its responsibility clause, quantities and citations.
 */
final class ProvisionTree {

    private final List<ProvisionDraft> nodes = new ArrayList<>();
    private final Map<String, ProvisionDraft> byPath = new HashMap<>();
    private final List<ProvisionDraft> stack = new ArrayList<>();
    private int preamble;

    private ProvisionTree() {
    }

    static List<Parsed.Provision> build(List<Block> blocks) {
        ProvisionTree tree = new ProvisionTree();
        for (Block b : PageBreaks.joined(blocks)) {
            tree.add(b);
        }
        return tree.provisions();
    }

    private void add(Block b) {
        String plain = b.plain();
        if (plain.isEmpty()) {
            return;
        }
        Optional<NumberedLine> numbered = NumberedLine.of(plain);
        if (numbered.isPresent()) {
            addNumbered(numbered.get(), b);
        } else if (b.heading()) {
            ProvisionDraft node = positional(b);
            node.heading = ProvisionDraft.headingOf(plain);
            node.text.append(node.heading);
            node.acceptsBody = true;
        } else {
            ProvisionDraft target = bodyTarget();
            if (target != null) {
                target.text.append(target.text.length() > 0 ? "\n" : "").append(plain);
            } else {
                ProvisionDraft node = positional(b);
                node.heading = ProvisionDraft.firstSentence(plain);
                node.text.append(plain);
            }
        }
    }

    /** The provision an unnumbered paragraph continues: the open one, else the last one, if either takes a body. */
    private ProvisionDraft bodyTarget() {
        ProvisionDraft top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        if (top != null && top.acceptsBody) {
            return top;
        }
        ProvisionDraft last = nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
        return last != null && last.acceptsBody ? last : null;
    }

    private List<Parsed.Provision> provisions() {
        Map<String, String> aliases = new LinkedHashMap<>();
        List<Parsed.Provision> out = new ArrayList<>();
        for (ProvisionDraft node : nodes) {
            String text = node.text.toString();
            Parsed.Clause clause = ClauseParser.find(text).map(ClauseParser.Located::clause).orElse(null);
            out.add(new Parsed.Provision(node.path, node.parentPath, node.level, node.number, node.heading, text,
                    clause, QuantityExtractor.extract(text), CitationExtractor.extract(text, aliases), node.line));
        }
        return List.copyOf(out);
    }

    private void addNumbered(NumberedLine n, Block b) {
        while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= n.level()) {
            stack.remove(stack.size() - 1);
        }
        ProvisionDraft parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        ProvisionDraft node = new ProvisionDraft();
        node.level = n.level();
        node.number = n.label();
        node.parentPath = parent == null ? null : parent.path;
        node.path = parent == null ? String.valueOf(n.value()) : parent.path + "." + n.value();
        node.line = b.line();
        if (parent != null) {
            parent.acceptsBody = false;
            parent.children++;
        }
        closeBodies();
        if (b.heading()) {
            node.heading = ProvisionDraft.headingOf(n.rest());
            node.text.append(node.heading);
            node.acceptsBody = true;
        } else {
            node.heading = ProvisionDraft.firstSentence(n.rest());
            node.text.append(n.rest());
        }
        register(node, b);
        stack.add(node);
    }

    private ProvisionDraft positional(Block b) {
        ProvisionDraft top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        closeBodies();
        ProvisionDraft node = new ProvisionDraft();
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
        register(node, b);
        return node;
    }

    private void closeBodies() {
        if (!nodes.isEmpty()) {
            ProvisionDraft last = nodes.get(nodes.size() - 1);
            if (!stack.contains(last)) {
                last.acceptsBody = false;
            }
        }
    }

    private void register(ProvisionDraft node, Block b) {
        ProvisionDraft first = byPath.putIfAbsent(node.path, node);
        if (first != null) {
            throw new GazetteParseException(b.line(), "provision " + node.path + " is numbered twice (first at line "
                    + first.line + ")");
        }
        nodes.add(node);
    }
}
