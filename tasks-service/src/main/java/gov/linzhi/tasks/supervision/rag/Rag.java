package gov.linzhi.tasks.supervision.rag;

/** Traffic-light status of a task. */
public enum Rag {
    GREEN("绿"), AMBER("黄"), RED("红");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
