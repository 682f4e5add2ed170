package gov.linzhi.gazette.parsing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers with units inside a provision (1000元/人, 2.15万人次, 30%), with the clause around them. */
public final class QuantityExtractor {

    private static final String UNITS = String.join("|",
            "元/人", "万人次", "人次", "万人", "万元", "亿元", "元", "%", "％", "万平方米", "平方米", "平方公里", "公里",
            "万亩", "亩", "万头", "头", "万吨", "吨", "个工作日", "个月", "个", "项", "家", "所", "户", "名", "人", "件", "套",
            "条", "次", "倍", "天", "小时", "枚", "座", "处");
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(" + UNITS + ")");
    private static final String BOUNDARY = "。；;，,、：:！？\n";

    private QuantityExtractor() {
    }

    /** The quantities of {@code text}, in order. */
    public static List<Parsed.Quantity> extract(String text) {
        List<Parsed.Quantity> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            String unit = m.group(2).equals("％") ? "%" : m.group(2);
            int from = m.start();
            while (from > 0 && BOUNDARY.indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            int to = m.end();
            while (to < text.length() && BOUNDARY.indexOf(text.charAt(to)) < 0) {
                to++;
            }
            out.add(new Parsed.Quantity(new BigDecimal(m.group(1)), unit, text.substring(m.start(), m.end()),
                    text.substring(from, to).strip()));
        }
        return out;
    }
}
