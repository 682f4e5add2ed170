package gov.linzhi.subsidy.pages;

import gov.linzhi.subsidy.rules.CoreFacts;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import gov.linzhi.subsidy.rules.RuleSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 补贴标准一览表: what each programme pays at each level, read from the rule set's standard-amount table as it
 * stands on a date (a programme's own level, the certificate's for the certificate subsidy; an ordinary
 * enterprise, not a difficult one). A cell is an amount, 未配置 when the amount waits to be configured, or — when the
 * programme does not subsidise that level.
 */
public record StandardsTable(String table, LocalDate on, List<String> levels, List<Row> rows) {

    /** One programme's amounts, level by level. */
    public record Row(String programme, List<String> cells) {
    }

    /** The table of a rule set's first decision table (the standard amounts) on a date of its period. */
    public static StandardsTable of(RuleSet set, LocalDate on) {
        RuleSet.Table table = set.tables().values().iterator().next();
        List<String> levels = new ArrayList<>();
        for (Level l : Level.values()) {
            levels.add(Labels.level(l));
        }
        List<Row> rows = new ArrayList<>();
        for (RuleSet.ProgrammeInfo p : set.programmes().values()) {
            List<String> cells = new ArrayList<>();
            for (Level l : Level.values()) {
                cells.add(cell(set, table, p.code(), l, on));
            }
            rows.add(new Row(p.labelZh(), cells));
        }
        return new StandardsTable(table.labelZh(), on, levels, rows);
    }

    private static String cell(RuleSet set, RuleSet.Table table, Programme programme, Level level, LocalDate on) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String input : table.inputs()) {
            inputs.put(input, switch (input) {
                case CoreFacts.PROGRAMME -> programme.name();
                case CoreFacts.LEVEL, CoreFacts.CERTIFICATE_LEVEL -> level.name();
                default -> "false";
            });
        }
        RuleSet.Row row;
        try {
            row = table.match(inputs);
        } catch (IllegalStateException e) {
            return "—";
        }
        if (row.then().parameter() == null) {
            return Boolean.TRUE.equals(row.then().fullCost()) ? "全额" : "—";
        }
        return set.parameter(row.then().parameter()).valueOn(on).map(v -> Formats.yuan(v)).orElse("未配置");
    }
}
