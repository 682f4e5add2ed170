package gov.linzhi.gazette.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The form text is searched in, with where each of its characters came from in the text as printed. The same
 * folding is applied to the gazette's text when it is indexed and to every query, so a query finds exactly the
 * strings that occur:
 * <ul>
 *   <li>width and compatibility forms folded (NFKC, character by character: ５ is 5, Ａ is a), Latin in lower case;</li>
 *   <li>white space dropped: the typesetting spaces of the printed text ({@code 12 月 15 日}) are not significant;</li>
 *   <li>the bracket spellings of a document number's year folded to 〔〕 and 第 before its serial dropped
 *       ({@code [2020]第5号} is {@code 〔2020〕5号}), as {@code DocumentNumbers} reads them;</li>
 *   <li>Unicode format characters (zero-width spaces, joiners) dropped.</li>
 * </ul>
 */
public final class SearchText {

    private static final String OPENERS = "〔[【［（(";
    private static final String CLOSERS = "〕]】］）)";

    private final String folded;
    private final int[] starts;
    private final int[] ends;

    private SearchText(String folded, int[] starts, int[] ends) {
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
    }

    /** The folded form of {@code printed}. */
    public static SearchText of(String printed) {
        StringBuilder out = new StringBuilder(printed.length());
        // one printed character may fold to several (㈠ is (一)): the offsets grow with the folded text
        int[] starts = new int[printed.length() + 16];
        int[] ends = new int[printed.length() + 16];
        for (int i = 0; i < printed.length(); ) {
            int cp = printed.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp > ' ' && cp < 0x7f || isStableIdeograph(cp)) {
                // the common case, ASCII and the unified ideographs, which NFKC leaves as they are
                if (out.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp);
            } else if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && Character.getType(cp) != Character.FORMAT) {
                String one = Normalizer.normalize(printed.substring(i, next), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
                for (int k = 0; k < one.length(); k++) {
                    char c = one.charAt(k);
                    if (Character.isWhitespace(c)) {
                        continue;
                    }
                    if (out.length() == starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                        ends = Arrays.copyOf(ends, ends.length * 2);
                    }
                    starts[out.length()] = i;
                    ends[out.length()] = next;
                    out.append(c);
                }
            }
            i = next;
        }
        return foldDocumentNumbers(out, starts, ends);
    }

    /** CJK Unified Ideographs (U+4E00–U+9FFF): no decomposition, no compatibility mapping, no case. */
    private static boolean isStableIdeograph(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF;
    }

    /** {@code [2020]第5号} → {@code 〔2020〕5号}: the bracket pair around four digits followed by a serial and 号. */
    private static SearchText foldDocumentNumbers(StringBuilder in, int[] starts, int[] ends) {
        StringBuilder out = new StringBuilder(in.length());
        int[] outStarts = new int[in.length() + 1];
        int[] outEnds = new int[in.length() + 1];
        int i = 0;
        while (i < in.length()) {
            int year = yearInBrackets(in, i);
            if (year > 0) {
                int after = i + 6;
                boolean di = after < in.length() && in.charAt(after) == '第' && serialThenHao(in, after + 1);
                if (di || serialThenHao(in, after)) {
                    append(out, outStarts, outEnds, '〔', starts[i], ends[i]);
                    for (int k = i + 1; k < i + 5; k++) {
                        append(out, outStarts, outEnds, in.charAt(k), starts[k], ends[k]);
                    }
                    append(out, outStarts, outEnds, '〕', starts[i + 5], ends[di ? after : i + 5]);
                    i = di ? after + 1 : after;
                    continue;
                }
            }
            append(out, outStarts, outEnds, in.charAt(i), starts[i], ends[i]);
            i++;
        }
        return new SearchText(out.toString(), Arrays.copyOf(outStarts, out.length()), Arrays.copyOf(outEnds, out.length()));
    }

    private static int yearInBrackets(CharSequence s, int i) {
        if (i + 5 >= s.length() || OPENERS.indexOf(s.charAt(i)) < 0 || CLOSERS.indexOf(s.charAt(i + 5)) < 0) {
            return -1;
        }
        for (int k = i + 1; k < i + 5; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return -1;
            }
        }
        return 1;
    }

    private static boolean serialThenHao(CharSequence s, int i) {
        int k = i;
        while (k < s.length() && k - i < 5 && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            k++;
        }
        return k > i && k < s.length() && s.charAt(k) == '号';
    }

    private static void append(StringBuilder out, int[] starts, int[] ends, char c, int start, int end) {
        starts[out.length()] = start;
        ends[out.length()] = end;
        out.append(c);
    }

    /** The folded text. */
    public String folded() {
        return folded;
    }

    /** Where in the printed text the folded character at {@code index} begins. */
    public int printedStart(int index) {
        return starts[index];
    }

    /** Where in the printed text the folded character at {@code index} ends. */
    public int printedEnd(int index) {
        return ends[index];
    }

    /** The folded form of a query word. */
    public static String fold(String s) {
        return of(s).folded;
    }
}
