package gov.linzhi.subsidy.pages;

import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How the pages write money (two decimals and 元, as the API's amounts: 3950.00 元) and query values. */
@TemplateExtension
final class Formats {

    private Formats() {
    }

    static String yuan(BigDecimal amount) {
        return amount == null ? "—" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " 元";
    }

    /** A value for a link's query string (Qute escapes HTML, not URLs). */
    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The Chinese part of a bilingual notice ({@code {notice.chineseOnly}}): public text is Chinese only. */
    static String chineseOnly(String notice) {
        return CalculatorPageModel.chinese(notice);
    }

    /** The Chinese name of a programme ({@code {row.programme.zh}}). */
    static String zh(Programme programme) {
        return Labels.programme(programme);
    }

    static String zh(Level level) {
        return Labels.level(level);
    }
}
