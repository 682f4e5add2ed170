package gov.linzhi.subsidy.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

/** 公民身份号码 (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character. */
public final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIds() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)) {
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

    /** The canonical form (upper-case X). */
    public static String normalise(String id) {
        return id.toUpperCase(java.util.Locale.ROOT);
    }

    /** {@code 540402199001011234} → {@code 5404**********1234}. */
    public static String mask(String id) {
        return id.substring(0, 4) + "*".repeat(10) + id.substring(14);
    }
}
