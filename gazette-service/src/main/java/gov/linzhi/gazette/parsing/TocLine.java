package gov.linzhi.gazette.parsing;

import java.util.Optional;

/**
 * A table-of-contents line: a title, a run of leaders (…, ., ·, ．, •; at least two) and the page number, e.g.
 * {@code 《政府工作报告》……………1}. Read by one scan from the end of the line, so a line of any length and content is
 * read in time proportional to its length (a regular expression with nested repetitions took seconds, or
 * overflowed the stack, on a 16 KB line of leaders).
 */
record TocLine(String title, String page) {

    private static final String LEADERS = "….·．•";

    static Optional<TocLine> parse(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int digits = end;
        while (digits > 0 && line.charAt(digits - 1) >= '0' && line.charAt(digits - 1) <= '9') {
            digits--;
        }
        if (digits == end || end - digits > 5) {
            return Optional.empty();
        }
        int leaders = 0;
        int titleEnd = digits;
        while (titleEnd > 0 && (LEADERS.indexOf(line.charAt(titleEnd - 1)) >= 0 || Character.isWhitespace(line.charAt(titleEnd - 1)))) {
            if (LEADERS.indexOf(line.charAt(titleEnd - 1)) >= 0) {
                leaders++;
            }
            titleEnd--;
        }
        String title = line.substring(0, titleEnd).strip();
        if (leaders < 2 || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TocLine(title, line.substring(digits, end)));
    }
}
