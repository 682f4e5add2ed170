package gov.linzhi.gazette.vocabulary;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese official document number (发文字号) such as 林政办发〔2020〕5号: the issuer's code, the year in 〔〕 and the
 * serial. Every common spelling is read — 〔〕 [] 【】 ［］ （） () around the year, full-width digits, spaces, 第 before
 * the serial, leading zeros — and the value is always the canonical spelling, so two spellings of one number are
 * one number.
 */
public record DocumentNumber(String issuerCode, int year, int serial) {

    private static final String OPEN = "〔\\[【［（(";
    private static final String CLOSE = "〕\\]】］）)";
    /** The issuer code is Chinese, up to 12 characters; the serial at most 5 digits; bounded, so no backtracking blow-up. */
    private static final Pattern WHOLE = Pattern.compile(
            "([\\p{IsHan}]{1,12})[" + OPEN + "](\\d{4})[" + CLOSE + "]第?(\\d{1,5})号");
    /** The longest input read: a spelling with spaces is still short. */
    private static final int MAX_LENGTH = 64;

    public DocumentNumber {
        if (issuerCode == null || issuerCode.isEmpty() || !issuerCode.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            throw new IllegalArgumentException("the issuer code of a document number is Chinese: " + issuerCode);
        }
        if (year < 1949 || year > 9999 || serial < 1) {
            throw new IllegalArgumentException("not a document number's year and serial: " + year + ", " + serial);
        }
    }

    /** The number written in any common spelling, or empty when {@code text} is not a whole document number. */
    public static Optional<DocumentNumber> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        StringBuilder compact = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
                .forEach(compact::appendCodePoint);
        Matcher m = WHOLE.matcher(compact);
        if (!m.matches()) {
            return Optional.empty();
        }
        int serial = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(2));
        if (serial < 1 || year < 1949) {
            return Optional.empty();
        }
        return Optional.of(new DocumentNumber(m.group(1), year, serial));
    }

    /** The number in any spelling; refuses what is not one, naming it. */
    public static DocumentNumber of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a document number: " + text));
    }

    /** The canonical spelling: 林政办发〔2020〕5号. */
    public String canonical() {
        return issuerCode + "〔" + year + "〕" + serial + "号";
    }

    @Override
    public String toString() {
        return canonical();
    }
}
