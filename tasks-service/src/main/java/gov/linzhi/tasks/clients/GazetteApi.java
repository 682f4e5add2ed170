package gov.linzhi.tasks.clients;

import java.util.List;

/** The parts of gazette-service's responses that tasks-service reads. Unknown fields are ignored. */
public final class GazetteApi {

    private GazetteApi() {
    }

    /** {@code GET /api/v1/documents/by-number/{number}}. */
    public record Document(Long id, String title, String documentNumber, String category, String issuingAuthority,
                           String signedOn, String genre, List<Ref> publishes, Ref publishedBy, List<OutlineItem> provisions) {
    }

    /** A provision in a document's outline ({@code provisions} of the document). */
    public record OutlineItem(String path, String number, String heading, int level) {
    }

    /** A quantity gazette-service read in a provision's text: 2家, 50%, 2.15万人次, with the words around it. */
    public record Quantity(java.math.BigDecimal value, String unit, String text, String context) {
    }

    /** A reference to another document. */
    public record Ref(Long id, String title) {
    }

    /** {@code GET /api/v1/documents/by-number/{number}/provisions/{path}}. */
    public record Provision(Long documentId, String documentNumber, String documentTitle, String path, String number,
                            String heading, String text, Clause responsibility, String citationUrl, List<Quantity> quantities) {
    }

    /** One unit of a responsibility clause as the gazette wrote it. */
    public record ClauseDepartment(String name, boolean lead, boolean collective) {
    }

    /** A （责任单位：…） clause. */
    public record Clause(Long documentId, String documentNumber, String documentTitle, String provisionPath,
                         String provisionHeading, String provisionText, String citationUrl, String rawText,
                         List<ClauseDepartment> departments, String lead, List<Quantity> quantities) {
    }

    /** {@code GET /api/v1/responsibilities}. */
    public record Responsibilities(int total, List<Clause> items) {
    }
}
