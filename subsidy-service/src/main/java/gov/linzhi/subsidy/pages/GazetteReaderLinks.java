package gov.linzhi.subsidy.pages;

import gov.linzhi.subsidy.api.DecisionView;
import gov.linzhi.subsidy.api.DecisionMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links from a cited provision to the page that prints it: gazette-service's reader permalink
 * ({@code /documents/by-number/{number}/provisions/{path}}), which answers with the document page at the
 * provision's anchor. The API's citations link to the same provision as JSON; a person wants the page.
 * Templates reach it as {@code inject:gazetteReader}.
 */
@ApplicationScoped
@Named("gazetteReader")
public class GazetteReaderLinks {

    @ConfigProperty(name = "subsidy.gazette.url")
    String gazetteUrl;

    /** The reader's permalink, or null for a citation of a document the gazette does not hold. */
    public String provision(DecisionView.CitationView citation) {
        if (citation == null || citation.gazetteUrl() == null || citation.provisionPath() == null) {
            return null;
        }
        return DecisionMapper.address(citation.documentNumber(), citation.provisionPath()).map(a -> a.readerUrl(gazetteUrl)).orElse(null);
    }
}
