package gov.linzhi.subsidy.rules;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The canonical form of a name people type (an occupation, an institution): NFKC (full-width forms and
 * compatibility characters folded), Unicode format and control characters (categories Cf and Cc: zero-width
 * spaces, joiners, direction marks) removed, white space collapsed to one space and trimmed. Two spellings
 * that look the same are the same name, so 同一职业同一等级 cannot be walked around with invisible characters.
 */
public final class Names {

    private Names() {
    }

    /** The canonical form; empty when nothing visible is left. Null stays null. */
    public static String canonical(String raw) {
        if (raw == null || isCanonical(raw)) {
            return raw;
        }
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = !out.isEmpty();
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.CONTROL) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Whether a name is already in its canonical form (cheap for the usual name: one scan, no copy). */
    public static boolean isCanonical(String name) {
        if (name.isEmpty() || Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return name.isEmpty();
        }
        boolean space = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.CONTROL) {
                return false;
            }
            boolean blank = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            if (blank && (space || cp != ' ')) {
                return false;
            }
            space = blank;
        }
        return Normalizer.isNormalized(name, Normalizer.Form.NFKC);
    }

    /** The key two names are compared by: the canonical form in lower case. */
    public static String key(String raw) {
        return raw == null ? "" : (isCanonical(raw) ? raw : canonical(raw)).toLowerCase(Locale.ROOT);
    }
}
