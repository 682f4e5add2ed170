package gov.linzhi.tasks.reports;

/** Reporting periods of a plan year (林政发〔2020〕9号): first half, first three quarters, whole year. */
public enum Period {
    H1("上半年"), Q3("前三季度"), ANNUAL("全年");

    private final String label;

    Period(String label) {
        this.label = label;
    }

    /** The Chinese label used in exports, e.g. 上半年. */
    public String label() {
        return label;
    }
}
