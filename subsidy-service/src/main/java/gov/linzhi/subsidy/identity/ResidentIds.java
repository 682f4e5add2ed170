package gov.linzhi.subsidy.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

/** 公民身份号码 (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character. */
public final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIds() {
    }

    /**
     * The ID as written with ASCII characters only: decimal digits of any script (Arabic-Indic, Devanagari …) and
     * the full-width forms of digits and X (５４０４…, Ｘ) are folded, so one person is one person however the
     * number was typed. Anything else is returned as it is, for {@link #isValid} to refuse. Null stays null.
     */
    public static String canonical(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.append((char) cp);
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else if (cp == 'Ｘ' || cp == 'ｘ') {
                out.append('X');
            } else {
                return raw;
            }
        }
        return out.toString();
    }

    /** Whether the ID is valid as written: 17 ASCII digits, a real birth date and the right check character. */
    public static boolean isValid(String id) {
        if (id == null || id.length() != 18 || !id.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return checkCharacter(id.substring(0, 17)) == Character.toUpperCase(id.charAt(17));
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The canonical form: ASCII ({@link #canonical}) with an upper-case X. */
    public static String normalise(String id) {
        return canonical(id).toUpperCase(java.util.Locale.ROOT);
    }

    /** {@code 540402199001011234} → {@code 5404**********1234}. */
    public static String mask(String id) {
        return id.substring(0, 4) + "*".repeat(10) + id.substring(14);
    }
}
