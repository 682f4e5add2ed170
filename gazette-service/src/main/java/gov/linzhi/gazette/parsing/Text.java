package gov.linzhi.gazette.parsing;

/** Normalisation of gazette text: whitespace between Chinese characters, bracket variants, markup. */
public final class Text {

    private Text() {
    }

    /**
     * Removes the spaces typesetting put next to Chinese characters (2020 年 → 2020年) and collapses the
     * others; a space between Chinese and a Latin word is kept (依法追究 responsibility).
     */
    public static String tidy(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
        StringBuilder b = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
                j++;
            }
            if (!dropSpace(t.charAt(i - 1), t.charAt(j))) {
                b.append(' ');
            }
            i = j;
        }
        return b.toString();
    }

    private static boolean dropSpace(char before, char after) {
        boolean wideBefore = isWide(before);
        boolean wideAfter = isWide(after);
        if (wideBefore && wideAfter) {
            return true;
        }
        if (wideBefore) {
            return !isLatinLetter(after);
        }
        return wideAfter && !isLatinLetter(before);
    }

    /** Chinese characters and the punctuation set with them. */
    static boolean isWide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || "“”‘’—…《》〈〉".indexOf(c) >= 0;
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x250 && Character.isLetter(c);
    }

    /** Removes Markdown emphasis markers. */
    public static String stripEmphasis(String s) {
        return s.replace("**", "").replace("__", "");
    }

    /** A key for comparing titles: no spaces, one bracket style, nested title marks as 《》. */
    public static String titleKey(String title) {
        if (title == null) {
            return null;
        }
        String t = tidy(stripEmphasis(title)).replace(" ", "")
                .replace('〈', '《').replace('〉', '》')
                .replace('(', '（').replace(')', '）')
                .replace('-', '—').replace('－', '—');
        if (t.startsWith("《") && t.endsWith("》") && balancedInside(t)) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }

    /** True when the outer 《》 of {@code t} enclose the whole string (not 《a》和《b》). */
    private static boolean balancedInside(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》') {
                depth--;
                if (depth == 0 && i < t.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /** Chinese numerals up to 99 (一 … 十八 … 九十九) to an int; -1 when not a numeral. */
    public static int chineseNumber(String s) {
        String digits = "零一二三四五六七八九";
        if (s.isEmpty()) {
            return -1;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            int v = 0;
            for (char c : s.toCharArray()) {
                int d = digits.indexOf(c);
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(s.length() - 1));
        if (tens < 0 || units < 0 || s.length() > 3) {
            return -1;
        }
        return tens * 10 + units;
    }
}
