package gov.linzhi.tasks.supervision.rag;

import gov.linzhi.platform.domain.Labelled;

/** Traffic-light status of a task. */
public enum Rag implements Labelled {
    GREEN("绿"), AMBER("黄"), RED("红");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String chineseLabel() {
        return label;
    }
}
