package gov.linzhi.gazette.parsing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import io.soabase.recordbuilder.core.RecordBuilder;

/** What the parser makes of one gazette issue: plain immutable values, no persistence. */
public final class Parsed {

    private Parsed() {
    }

    /** One issue of the gazette. */
    public record Issue(String title, int year, int number, Integer cumulativeNumber, String frequency,
                        String supervisor, String sponsor, List<EditorialEntry> editorial,
                        List<TocEntry> tableOfContents, List<Document> documents) {
    }

    /** One line of the editorial box (编辑委员会, 主管, 主办, 电话 …), as printed. */
    public record EditorialEntry(String role, String value) {
    }

    /**
     * A table-of-contents line; {@code documentIndex} points into {@link Issue#documents()}.
     */
    public record TocEntry(String section, String title, int page, int documentIndex) {
    }

    /**
     * A document. {@code publishesIndex} lists the documents a 关于印发《X》的通知 publishes;
     * a document listed in the table of contents but absent from the issue has {@code hasText == false}.
     */
    @RecordBuilder
    @RecordBuilder.Options(inheritComponentAnnotations = false)
    public record Document(String title, String category, String issuingAuthority, String documentNumber,
                           LocalDate signedOn, String genre, String recipients, String subtitle, Integer page,
                           boolean hasText, String markdown, List<Provision> provisions,
                           List<Integer> publishesIndex, int firstLine) {
    }

    /**
     * A provision with its stable path (literal numbers joined by dots; positional numbers for
     * unnumbered paragraphs; {@code 0.n} for the paragraphs before the first numbered one).
     */
    public record Provision(String path, String parentPath, int level, String number, String heading, String text,
                           Clause responsibility, List<Quantity> quantities, List<Citation> citations, int line) {
    }

    /** A responsibility clause (责任单位：…): departments in order, the lead first unless the text says otherwise. */
    public record Clause(String rawText, List<Department> departments, String lead) {
    }

    /** A department named in a clause; {@code collective} for 各县（区）人民政府 and the like. */
    public record Department(String name, boolean lead, boolean collective) {
    }

    /** A reference in the text to another document, by number or by quoted title. */
    public record Citation(CitationKind kind, String text, String normalized) {
    }

    /** How a citation names its target. */
    public enum CitationKind { DOCUMENT_NUMBER, TITLE }

    /** A number with a unit inside a provision: 1000元/人, 2.15万人次, 30%. */
    public record Quantity(BigDecimal value, String unit, String text, String context) {
    }
}
