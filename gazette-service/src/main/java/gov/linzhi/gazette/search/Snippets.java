package gov.linzhi.gazette.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The part of a provision a result shows: about {@code length} characters around the first match, every match in
 * it marked {@code <em>…</em>} (on the printed text, not escaped: the pages escape it), starting after a
 * punctuation mark where one is near, never inside a character, a run of digits or Latin letters or a match, and
 * with an ellipsis where the text is cut.
 */
public final class Snippets {

    private static final String SENTENCE_BREAKS = "。；！？，、：;!?,:";
    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    /** A printed range of the text that matches a query word. */
    record Range(int start, int end) {
    }

    /** Characters of text around a provision's first match, as every search backend shows it. */
    static final int PROVISION_CHARS = 90;
    /** Characters of a title, as every search backend shows it. */
    static final int TITLE_CHARS = 200;

    /** A matching provision's snippet. */
    static String ofProvision(String text, List<String> foldedWords) {
        return of(text, foldedWords, PROVISION_CHARS);
    }

    /** The title's snippet when a query word occurs in it, else null (the title is shown plain). */
    static String ofTitleIfMatching(String title, List<String> foldedWords) {
        return matches(title, foldedWords).isEmpty() ? null : of(title, foldedWords, TITLE_CHARS);
    }

    public static String of(String printed, List<String> foldedWords, int length) {
        List<Range> matches = matches(printed, foldedWords);
        if (matches.isEmpty()) {
            int end = cutEnd(printed, Math.min(printed.length(), length));
            return printed.substring(0, end) + (end < printed.length() ? ELLIPSIS : "");
        }
        Range first = matches.get(0);
        int begin = cutBegin(printed, first.start(), Math.max(0, (length - (first.end() - first.start())) / 3));
        int end = Math.max(first.end(), cutEnd(printed, Math.min(printed.length(), begin + length)));
        for (Range r : matches) {
            if (r.start() < end && r.end() > end) {
                end = r.end();
            }
        }
        StringBuilder s = new StringBuilder(end - begin + 16);
        if (begin > 0) {
            s.append(ELLIPSIS);
        }
        int at = begin;
        for (Range r : matches) {
            if (r.end() <= begin || r.start() >= end) {
                continue;
            }
            int from = Math.max(r.start(), begin);
            s.append(printed, at, from).append("<em>").append(printed, from, r.end()).append("</em>");
            at = r.end();
        }
        s.append(printed, at, end);
        if (end < printed.length()) {
            s.append(ELLIPSIS);
        }
        return s.toString();
    }

    /** Every printed range matching a word, overlapping ranges merged, in text order. */
    static List<Range> matches(String printed, List<String> foldedWords) {
        SearchText text = SearchText.of(printed);
        String folded = text.folded();
        List<Range> found = new ArrayList<>();
        for (String word : foldedWords) {
            if (word.isEmpty()) {
                continue;
            }
            for (int i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
                found.add(new Range(text.printedStart(i), text.printedEnd(i + word.length() - 1)));
            }
        }
        found.sort(Comparator.comparingInt(Range::start).thenComparingInt(Range::end));
        List<Range> merged = new ArrayList<>();
        for (Range r : found) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.start() <= last.end()) {
                merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** Where a snippet ending near {@code end} may end: not inside a character or a run of digits or letters. */
    private static int cutEnd(String s, int end) {
        while (end > 0 && end < s.length() && (Character.isLowSurrogate(s.charAt(end)) || insideRun(s, end))) {
            end--;
        }
        return end == 0 ? Math.min(s.length(), 1) : end;
    }

    /** Where a snippet showing {@code match} begins: after a nearby punctuation mark, else {@code lead} before it. */
    private static int cutBegin(String s, int match, int lead) {
        int limit = Math.max(0, match - lead);
        for (int i = match - 1; i >= limit; i--) {
            if (SENTENCE_BREAKS.indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        int begin = limit;
        while (begin < match && (Character.isLowSurrogate(s.charAt(begin)) || insideRun(s, begin) || Character.isWhitespace(s.charAt(begin)))) {
            begin++;
        }
        return begin;
    }

    private static boolean insideRun(String s, int i) {
        return i > 0 && i < s.length() && isRunChar(s.charAt(i - 1)) && isRunChar(s.charAt(i));
    }

    private static boolean isRunChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '０' && c <= '９') || c == '.';
    }
}
