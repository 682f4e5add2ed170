package gov.linzhi.tasks.departments;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a department name as written in a clause is turned into lookup keys: brackets and spaces
 * normalised, the city prefix 市 tried both ways (the gazette carries 市 over a list, so 市住建局 and
 * 住建局 mean the same unit). Plain Java, no container.
 */
public final class DepartmentNames {

    /** The ways 各县（区）人民政府 is written; it stands for the seven county-level governments. */
    private static final Set<String> ALL_COUNTIES = Set.of(
            "各县（区）人民政府", "各县（区）", "各县区人民政府", "七县（区）人民政府", "七县（区）", "各县（区）政府");

    private DepartmentNames() {
    }

    /** Full-width brackets, no white space, no trailing 等. */
    public static String normalise(String written) {
        if (written == null) {
            return "";
        }
        String s = written.replace('(', '（').replace(')', '）').replaceAll("\\s+", "");
        if (s.endsWith("等") && s.length() > 1) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Whether the name stands for every county-level government (各县（区）人民政府). */
    public static boolean isAllCounties(String written) {
        return ALL_COUNTIES.contains(normalise(written));
    }

    /** Lookup keys to try, best first: as written, then with or without the 市 prefix. */
    public static List<String> candidates(String written) {
        String s = normalise(written);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(s);
        if (s.startsWith("市") && s.length() > 1) {
            keys.add(s.substring(1));
        } else {
            keys.add("市" + s);
        }
        return List.copyOf(keys);
    }
}
