package gov.linzhi.gazette.parsing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph or heading that starts with a provision number: level 1 一、, 2 （一）, 3 1., 4 （1）.
 *
 * @param value the number's value (十二 is 12)
 * @param label the number as printed in canonical form (一、, （一）, 1., （1）)
 * @param rest  the text after the number
 */
record NumberedLine(int level, int value, String label, String rest) {

    private static final String CN = "[一二三四五六七八九十百零]+";
    private static final Pattern L1 = Pattern.compile("^(" + CN + ")\\s*、\\s*");
    private static final Pattern L2 = Pattern.compile("^[（(]\\s*(" + CN + ")\\s*[）)]\\s*");
    private static final Pattern L3 = Pattern.compile("^(\\d{1,3})\\s*[.．、](?!\\d)\\s*");
    private static final Pattern L4 = Pattern.compile("^[（(]\\s*(\\d{1,3})\\s*[）)]\\s*");

    static Optional<NumberedLine> of(String plain) {
        Matcher m;
        if ((m = L1.matcher(plain)).find() && Text.chineseNumber(m.group(1)) > 0) {
            return Optional.of(new NumberedLine(1, Text.chineseNumber(m.group(1)), m.group(1) + "、", plain.substring(m.end())));
        }
        if ((m = L2.matcher(plain)).find() && Text.chineseNumber(m.group(1)) > 0) {
            return Optional.of(new NumberedLine(2, Text.chineseNumber(m.group(1)), "（" + m.group(1) + "）", plain.substring(m.end())));
        }
        if ((m = L3.matcher(plain)).find()) {
            int v = Integer.parseInt(m.group(1));
            return Optional.of(new NumberedLine(3, v, v + ".", plain.substring(m.end())));
        }
        if ((m = L4.matcher(plain)).find()) {
            int v = Integer.parseInt(m.group(1));
            return Optional.of(new NumberedLine(4, v, "（" + v + "）", plain.substring(m.end())));
        }
        return Optional.empty();
    }
}
