package gov.linzhi.gazette.pages;

import gov.linzhi.gazette.rest.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The citation of a provision as a reader writes it: the document's title and number, then the
 * provision's printed numbering from the top (三、（一）3. → 三（一）3), then its heading, e.g.
 * 《林芝市职业技能提升行动实施方案（2019—2021年）》（林政办发〔2020〕5号）三（一）3“实施新型学徒培养计划”.
 * An unnumbered paragraph is counted after the nearest numbered provision (第1段).
 */
public final class CitationText {

    private CitationText() {
    }

    /**
     * @param provision the provision cited
     * @param numbersByPath the printed number of each provision of the document, by path (null when unnumbered)
     */
    public static String of(Api.Provision provision, Map<String, String> numbersByPath) {
        StringBuilder s = new StringBuilder();
        s.append('《').append(provision.documentTitle()).append('》');
        if (provision.documentNumber() != null) {
            s.append('（').append(provision.documentNumber()).append('）');
        }
        s.append(printedNumbering(provision.path(), numbersByPath));
        if (provision.number() != null && provision.heading() != null && !provision.heading().isBlank()) {
            s.append('“').append(provision.heading()).append('”');
        }
        return s.toString();
    }

    /** 3.1.3 with numbers 三、 （一） 3. → 三（一）3; 3.2.2.1 unnumbered → 三（二）2第1段. */
    static String printedNumbering(String path, Map<String, String> numbersByPath) {
        String[] parts = path.split("\\.");
        List<String> out = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
            if (!prefix.isEmpty()) {
                prefix.append('.');
            }
            prefix.append(part);
            String number = numbersByPath.get(prefix.toString());
            if (number != null && !number.isBlank()) {
                out.add(number.strip().replaceAll("[、.．,，\\s]+$", ""));
            } else if (prefix.length() == path.length()) {
                out.add("第" + part + "段");
            }
        }
        return String.join("", out);
    }
}
