package gov.linzhi.gazette.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Responsibility clauses: （责任单位：市人社局、财政局，各县（区）人民政府等；如无特殊说明，列首位的单位为牵头单位）.
 * The 市 of the first unit carries over the list; names already containing 市 stay as written;
 * 各县（区）人民政府 is one collective entry; the lead is the first unit unless the clause names one
 * (A（牵头）, or 由A牵头).
 */
public final class ClauseParser {

    private static final Pattern START = Pattern.compile("[（(]\\s*责任单位\\s*[：:]");
    private static final Pattern LEAD_MARK = Pattern.compile("\\s*[（(]\\s*牵头(?:单位)?\\s*[）)]\\s*");
    private static final Pattern LEAD_NOTE = Pattern.compile("由(.+?)牵头");

    private ClauseParser() {
    }

    /** A clause found in a provision's text, with where it starts and ends. */
    public record Located(int start, int end, Parsed.Clause clause) {
    }

    /** The first responsibility clause in {@code text}, if any. */
    public static Optional<Located> find(String text) {
        Matcher m = START.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int depth = 1;
        int i = m.end();
        for (; i < text.length() && depth > 0; i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth--;
            }
        }
        int innerEnd = depth == 0 ? i - 1 : text.length();
        String inner = text.substring(m.end(), innerEnd);
        return Optional.of(new Located(m.start(), i, parse(inner)));
    }

    /** Parses the inside of a clause, after 责任单位：. */
    public static Parsed.Clause parse(String inner) {
        String list = inner;
        String note = "";
        int semicolon = indexOfAny(inner, "；;");
        if (semicolon >= 0) {
            list = inner.substring(0, semicolon);
            note = inner.substring(semicolon + 1);
        }
        list = list.strip();
        String raw = Text.tidy(list);
        List<String> names = new ArrayList<>();
        String explicitLead = null;
        String prefix = null;
        for (String part : splitTopLevel(list)) {
            String name = Text.tidy(part).replaceAll("等$", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            boolean markedLead = false;
            Matcher lm = LEAD_MARK.matcher(name);
            if (lm.find()) {
                name = lm.replaceAll("");
                markedLead = true;
            }
            name = name.replace('(', '（').replace(')', '）');
            if (names.isEmpty()) {
                prefix = name.startsWith("市") ? "市" : null;
            } else if (prefix != null && !name.contains("市") && !name.startsWith("各")) {
                name = prefix + name;
            }
            names.add(name);
            if (markedLead && explicitLead == null) {
                explicitLead = name;
            }
        }
        Matcher ln = LEAD_NOTE.matcher(note + list);
        if (explicitLead == null && ln.find()) {
            String named = Text.tidy(ln.group(1));
            explicitLead = names.stream().filter(n -> n.equals(named) || n.equals("市" + named)).findFirst().orElse(null);
        }
        String lead = explicitLead != null ? explicitLead : names.isEmpty() ? null : names.get(0);
        List<Parsed.Department> departments = new ArrayList<>();
        for (String n : names) {
            departments.add(new Parsed.Department(n, n.equals(lead), n.startsWith("各")));
        }
        return new Parsed.Clause(raw, List.copyOf(departments), lead);
    }

    /** Splits on 、，, outside parentheses (so 组织部（编办） and 各县（区）人民政府 stay whole). */
    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && (c == '、' || c == '，' || c == ',')) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }

    private static int indexOfAny(String s, String chars) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth--;
            } else if (depth == 0 && chars.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
