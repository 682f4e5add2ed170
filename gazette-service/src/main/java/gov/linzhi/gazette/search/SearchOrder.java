package gov.linzhi.gazette.search;

import java.util.Arrays;
import java.util.Optional;

/** How matching documents are ordered: by relevance (whole words score higher), or by the date signed. */
public enum SearchOrder {
    /** 按相关度 */
    RELEVANCE("relevance"),
    /** 按成文日期，新的在前 */
    DATE_DESC("date-desc"),
    /** 按成文日期，早的在前 */
    DATE_ASC("date-asc");

    private final String parameter;

    SearchOrder(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code sort} parameter. */
    public String parameter() {
        return parameter;
    }

    public static Optional<SearchOrder> ofParameter(String value) {
        return Arrays.stream(values()).filter(o -> o.parameter.equals(value)).findFirst();
    }
}
