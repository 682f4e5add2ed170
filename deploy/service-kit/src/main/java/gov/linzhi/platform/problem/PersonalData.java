package gov.linzhi.platform.problem;

import java.util.regex.Pattern;

/**
 * Masks what looks like a resident ID (18 characters: 17 digits and a digit or X, GB 11643) in text that leaves
 * the service in a problem body or a log line: the region code and the last four stay, the birth date and
 * sequence go ({@code 540402********1234}), so an incident can still be matched to a case without exposing it.
 */
public final class PersonalData {

    /** Not inside a longer run of digits: a 19-digit number is no resident ID. */
    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9Xx])");

    private PersonalData() {
    }

    /** Whether {@code text} holds anything shaped like an unmasked resident ID. */
    public static boolean containsResidentId(String text) {
        return text != null && RESIDENT_ID.matcher(text).find();
    }

    public static String mask(String text) {
        return text == null ? null : RESIDENT_ID.matcher(text).replaceAll("$1********$2");
    }
}
