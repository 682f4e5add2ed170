package gov.linzhi.gazette.pages;

import gov.linzhi.gazette.vocabulary.ProvisionAddress;

/** The URLs of the pages, in one place. */
public final class PageLinks {

    private PageLinks() {
    }

    public static String issue(long id) {
        return "/issues/" + id;
    }

    public static String document(long id) {
        return "/documents/" + id;
    }

    /** The document page at a provision: the fragment is the provision path, percent-encoded where a fragment needs it. */
    public static String provision(long documentId, String path) {
        return document(documentId) + "#" + ProvisionAddress.fragment(path);
    }

    /** The stable human permalink of a provision, by document number; it redirects to the current version's anchor. */
    public static String provisionByNumber(String number, String path) {
        return "/documents/by-number/" + ProvisionAddress.pathSegment(number) + "/provisions/" + ProvisionAddress.pathSegment(path);
    }

}
