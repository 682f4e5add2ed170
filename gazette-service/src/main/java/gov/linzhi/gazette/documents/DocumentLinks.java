package gov.linzhi.gazette.documents;

import gov.linzhi.gazette.config.GazetteConfig;
import gov.linzhi.gazette.vocabulary.DocumentNumber;
import gov.linzhi.gazette.vocabulary.ProvisionAddress;
import gov.linzhi.gazette.vocabulary.ProvisionPath;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every link the document API gives, built in one place: relative ones from the service's root path
 * ({@code quarkus.http.root-path}) and the API's version prefix, absolute ones from the configured public base URL.
 * A current version is addressed by the number it is cited by (the stable address); a superseded one by its id.
 */
@ApplicationScoped
public class DocumentLinks {

    private final String api;
    private final String root;
    private final String publicBaseUrl;

    public DocumentLinks(GazetteConfig config, @ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/") String rootPath) {
        this.root = rootPath.endsWith("/") ? rootPath.substring(0, rootPath.length() - 1) : rootPath;
        this.api = root + "/api/v1";
        this.publicBaseUrl = config.publicBaseUrl();
    }

    /** The links of a document's JSON: itself, its text forms, its citations and its issue. */
    Map<String, String> of(DocumentEntity d) {
        Map<String, String> links = new LinkedHashMap<>();
        String self = document(d.id);
        links.put("self", self);
        if (d.hasText) {
            links.put("text", self + "/text");
            links.put("markdown", self + "/markdown");
        }
        links.put("references", self + "/references");
        links.put("citedBy", self + "/cited-by");
        links.put("issue", api + "/issues/" + d.issueId);
        return links;
    }

    private String document(long id) {
        return api + "/documents/" + id;
    }

    String documentApiUrl(DocumentEntity d) {
        return d.documentNumber != null && d.current
                ? publicBaseUrl + api + "/documents/by-number/" + ProvisionAddress.pathSegment(d.documentNumber)
                : publicBaseUrl + document(d.id);
    }

    String documentReaderUrl(DocumentEntity d) {
        return publicBaseUrl + root + "/documents/" + d.id;
    }

    /** The provision's citation URL, relative: by the number it is cited by, else by the document's id. */
    String citationUrl(DocumentEntity d, String citable, String path) {
        return citable != null
                ? api + "/documents/by-number/" + citable + "/provisions/" + path
                : document(d.id) + "/provisions/" + path;
    }

    /** The provision as JSON, absolute. */
    String provisionApiUrl(DocumentEntity d, String citable, String path) {
        return citable != null && d.current
                ? address(citable, path).apiUrl(publicBaseUrl + root)
                : publicBaseUrl + document(d.id) + "/provisions/" + path;
    }

    /** The reader's page at the provision, absolute: the permalink for the current version, the version's anchor else. */
    String provisionReaderUrl(DocumentEntity d, String citable, String path) {
        return citable != null && d.current
                ? address(citable, path).readerUrl(publicBaseUrl + root)
                : publicBaseUrl + root + "/documents/" + d.id + "#" + ProvisionAddress.fragment(path);
    }

    private static ProvisionAddress address(String citable, String path) {
        return new ProvisionAddress(DocumentNumber.of(citable), ProvisionPath.of(path));
    }
}
