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
        return escapable(value) ? "'" + value : value;
    }

    /** Any cell value: text made safe, everything else (numbers, dates) as it is; null as an empty cell. */
    public static Object value(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String s ? text(s) : value;
    }

    /**
     * A cell read back from a CSV this class wrote: the apostrophe {@link #text} put before a formula start is
     * taken off again, so an exported file imports as the text it came from. Any other text is as it is.
     */
    public static String read(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        String rest = cell.substring(1);
        return escapable(rest) ? rest : cell;
    }

    /**
     * A formula start, or apostrophes before one: the latter get an apostrophe too, so that {@link #read} can tell
     * the one it must take off from one the caller wrote ({@code '=x} is written {@code ''=x} and read back {@code '=x}).
     */
    private static boolean escapable(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return startsFormula(value.substring(i));
    }

    static boolean startsFormula(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }
}
