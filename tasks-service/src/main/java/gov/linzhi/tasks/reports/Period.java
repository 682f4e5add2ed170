package gov.linzhi.tasks.reports;

import gov.linzhi.platform.domain.Labelled;

/**
 * Reporting periods a plan's calendar can hold: 林政发〔2020〕9号's first half, first three quarters and whole year,
 * and the months and quarters of the 月报、季报 that 林政办发〔2020〕5号 七（十四） asks for. Which of them a plan
 * owes, when each is due and what it is called there is the plan's calendar ({@link ReportingCalendar}); the label
 * here is the default.
 */
public enum Period implements Labelled {
    H1("上半年"), Q3("前三季度"), ANNUAL("全年"),
    Q1("第一季度"), Q2("第二季度"), Q4("第四季度"),
    M01("1月"), M02("2月"), M03("3月"), M04("4月"), M05("5月"), M06("6月"),
    M07("7月"), M08("8月"), M09("9月"), M10("10月"), M11("11月"), M12("12月");

    private final String label;

    Period(String label) {
        this.label = label;
    }

    /** The default Chinese label, e.g. 上半年. */
    public String label() {
        return label;
    }

    @Override
    public String chineseLabel() {
        return label;
    }
}
