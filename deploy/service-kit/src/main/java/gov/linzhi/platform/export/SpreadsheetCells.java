package gov.linzhi.platform.export;

/**
 * Text that callers wrote (task texts, department and institution names, report narratives) as a CSV cell a
 * spreadsheet shows and never runs. A spreadsheet opening a CSV reads a cell that starts with {@code = + - @}, a tab or
 * a carriage return as a formula, so {@code =cmd|' /C calc'!A0} would run on the machine of whoever opens the export
 * (OWASP "CSV injection"); such a cell gets a leading apostrophe, which the spreadsheet shows as text. The full-width
 * forms a Chinese input method types ({@code ＝ ＋ － ＠}) are treated alike, as spreadsheets in Chinese locales may
 * read them as the ASCII ones. Numbers stay numbers. XLSX string cells need none of this: they are never evaluated.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

    private SpreadsheetCells() {
    }

    /** The text as a cell that cannot start a formula; null as an empty cell. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return startsFormula(value) ? "'" + value : value;
    }

    /** Any cell value: text made safe, everything else (numbers, dates) as it is; null as an empty cell. */
    public static Object value(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String s ? text(s) : value;
    }

    static boolean startsFormula(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }
}
