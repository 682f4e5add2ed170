package gov.linzhi.gazette.parsing;

import gov.linzhi.gazette.vocabulary.DocumentNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese official document numbers (发文字号) such as 林政办发〔2020〕5号, in any common spelling:
 * 〔〕, [], 【】, ［］, （）, () around the year, with or without 第 before the serial number.
 */
public final class DocumentNumbers {

    private static final String OPEN = "〔\\[【［（(";
    private static final String CLOSE = "〕\\]】］）)";
    /** The year and serial of a document number inside running text; the issuer is read backwards from it. */
    private static final Pattern YEAR_AND_SERIAL = Pattern.compile(
            "[" + OPEN + "]\\s*(\\d{4})\\s*[" + CLOSE + "]\\s*第?\\s*(\\d{1,5})\\s*号");
    /** Words that precede a document number in a sentence but are not part of its issuer code. */
    private static final Pattern LEADING_WORDS = Pattern.compile(
            "按照|根据|依据|依照|参照|执行|落实|贯彻|印发|转发|详见|以及|关于|文件|通知|精神|标准|规定|[按据见和及与的即是为在对]");

    private DocumentNumbers() {
    }

    /** The canonical spelling 林政发〔2020〕9号 of a whole string, when it is a document number ({@link DocumentNumber}). */
    public static Optional<String> canonical(String s) {
        return DocumentNumber.parse(s).map(DocumentNumber::canonical);
    }

    /** A document number found in text: where it is, as written and canonical. */
    public record Found(int start, int end, String asWritten, String canonical) {
    }

    /** Every document number in {@code text}, issuers trimmed of the words that lead into them. */
    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = YEAR_AND_SERIAL.matcher(text);
        while (m.find()) {
            int end = m.start();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int begin = end;
            while (begin > 0 && end - begin < 16 && Character.UnicodeScript.of(text.charAt(begin - 1)) == Character.UnicodeScript.HAN) {
                begin--;
            }
            if (begin == end) {
                continue;
            }
            String issuer = text.substring(begin, end);
            Matcher lead = LEADING_WORDS.matcher(issuer);
            int skip = 0;
            while (lead.find()) {
                skip = lead.end();
            }
            // the issuer code of a number is short: keep its last six characters at most
            skip = Math.max(skip, issuer.length() - 6);
            if (skip >= issuer.length()) {
                continue;
            }
            int start = begin + skip;
            String code = issuer.substring(skip);
            found.add(new Found(start, m.end(), text.substring(start, m.end()),
                    code + "〔" + m.group(1) + "〕" + Integer.parseInt(m.group(2)) + "号"));
        }
        return found;
    }
}
