package gov.linzhi.gazette.parsing;

import gov.linzhi.gazette.parsing.MarkdownBlocks.Block;

import java.util.List;

/**
 * Turns the text of one issue of 林芝市人民政府公报 (Markdown as converted from the printed issue) into
 * {@link Parsed.Issue}. Plain Java, no container. Tolerates the quirks of converted print: Markdown
 * headings of uneven depth, table-of-contents lines that wrap, full- and half-width punctuation,
 * sentences split by page breaks, bold markers anywhere. Throws {@link GazetteParseException} naming
 * the line when the text is not a gazette issue it understands.
 *
 * <p>A pipeline of stages, each reading what the one before made: {@link MarkdownBlocks} → {@link IssueHeader} →
 * {@link TableOfContents} → {@link BodyDocument} (each with its {@link ProvisionTree}) → {@link IssueAssembler}.
 */
public final class GazetteParser {

    /** Parses one issue. */
    public Parsed.Issue parse(String source) {
        if (source == null || source.isBlank()) {
            throw new GazetteParseException(1, "the text is empty");
        }
        String[] lines = MarkdownBlocks.lines(source);
        List<Block> blocks = MarkdownBlocks.of(lines);
        Consumed<IssueHeader> header = IssueHeader.read(blocks, lines.length);
        Consumed<TableOfContents> toc = TableOfContents.read(blocks, header.next(), lines.length);
        List<BodyDocument> body = BodyDocument.split(blocks.subList(toc.next(), blocks.size()), toc.value(), lines);
        return IssueAssembler.assemble(header.value(), toc.value(), body);
    }
}
