package gov.linzhi.gazette.pages;

import gov.linzhi.gazette.vocabulary.ProvisionAddress;
import gov.linzhi.gazette.rest.Api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbered provisions of a document as a tree (一、 → （一） → 1. → （1）), for the page's table of
 * contents. Unnumbered paragraphs (preamble 0.1, positional 3.2.2.1) are left out: they are in the
 * full text, with their own anchors, but are not headings a reader navigates by.
 */
public final class Outline {

    /** A numbered provision and the numbered provisions under it. */
    public record Node(Api.ProvisionOutline provision, List<Node> children) {
        public String href() {
            return "#" + ProvisionAddress.fragment(provision.path());
        }
    }

    private Outline() {
    }

    public static List<Node> of(List<Api.ProvisionOutline> provisions) {
        List<Node> roots = new ArrayList<>();
        Map<String, Node> byPath = new HashMap<>();
        for (Api.ProvisionOutline p : provisions) {
            if (p.number() == null || p.number().isBlank()) {
                continue;
            }
            Node node = new Node(p, new ArrayList<>());
            byPath.put(p.path(), node);
            Node parent = nearestAncestor(p.path(), byPath);
            (parent == null ? roots : parent.children()).add(node);
        }
        return roots;
    }

    private static Node nearestAncestor(String path, Map<String, Node> byPath) {
        String p = path;
        for (int dot = p.lastIndexOf('.'); dot > 0; dot = p.lastIndexOf('.')) {
            p = p.substring(0, dot);
            Node n = byPath.get(p);
            if (n != null) {
                return n;
            }
        }
        return null;
    }
}
