package gov.linzhi.gazette.parsing;

/** A provision while {@link ProvisionTree} builds it: mutable until the tree is done. */
final class ProvisionDraft {

    private static final int LONGEST_HEADING = 80;

    String path;
    String parentPath;
    int level;
    String number;
    String heading;
    final StringBuilder text = new StringBuilder();
    /** Whether the unnumbered paragraphs that follow belong to this provision's text. */
    boolean acceptsBody;
    int children;
    int line;

    /** The heading of a provision whose text is a paragraph: its first sentence, at most 80 characters. */
    static String firstSentence(String text) {
        int end = -1;
        for (int k = 0; k < text.length() && end < 0; k++) {
            if ("。！？!?".indexOf(text.charAt(k)) >= 0) {
                end = k;
            }
        }
        String s = end > 0 ? text.substring(0, end) : text;
        return s.length() > LONGEST_HEADING ? s.substring(0, LONGEST_HEADING) + "…" : s;
    }

    /** The heading of a provision that is a heading: without its closing punctuation. */
    static String headingOf(String heading) {
        String h = heading.strip();
        int end = h.length();
        while (end > 0 && "。．.：:；;".indexOf(h.charAt(end - 1)) >= 0) {
            end--;
        }
        return h.substring(0, end);
    }
}
