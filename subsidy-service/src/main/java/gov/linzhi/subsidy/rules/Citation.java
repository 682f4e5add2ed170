package gov.linzhi.subsidy.rules;

/**
 * A resolved citation: the document, the provision path ({@code 3.1.3} = 三（一）3) and the quoted text.
 *
 * @param documentNumber e.g. 林政办发〔2020〕5号
 * @param provisionPath  e.g. 3.1.3; null when the whole document is cited
 * @param text           the quoted sentence, or the document's title for a whole-document citation
 * @param inGazette      whether the gazette contains the document (so gazette-service can serve it)
 */
public record Citation(String documentNumber, String provisionPath, String text, boolean inGazette) {
}
