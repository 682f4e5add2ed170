package gov.linzhi.platform.testing;

import java.util.List;

/**
 * Text a caller may legitimately send (printable, within field limits, no surrounding blanks, which
 * services strip) that would do harm if a service executed it or echoed it unescaped: SQL,
 * HTML/script, template and lookup expressions, and the spreadsheet formulas of CSV injection. A service must store each byte-identical and read it back
 * the same, and every HTML, XML, CSV or XLSX output that carries it must escape or neutralise it.
 */
public final class HostileText {

    /** One string per kind of attack; each one short enough for any text field. */
    public static final List<String> INJECTIONS = List.of(
            "' OR '1'='1' --",
            "1'); DROP TABLE progress_report; --",
            "\" OR \"\"=\"",
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>&amp;",
            "]]></title><x>",
            "${jndi:ldap://127.0.0.1/a}",
            "{{7*7}} {#if true}x{/if}",
            "=cmd|' /C calc'!A0",
            "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "林政办发〔2020〕5号\"; --");

    /** The spreadsheet formula starts: a CSV cell of caller text beginning with one must be neutralised. */
    public static boolean startsAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private HostileText() {
    }
}
