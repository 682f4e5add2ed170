package gov.linzhi.gazette.parsing;

/** The text is not a gazette issue the parser understands; names the 1-based line at fault. */
public class GazetteParseException extends RuntimeException {

    private final int line;

    public GazetteParseException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
