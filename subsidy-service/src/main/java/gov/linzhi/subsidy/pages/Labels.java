package gov.linzhi.subsidy.pages;

import gov.linzhi.platform.domain.ChineseLabels;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;

import java.util.Map;

/**
 * The Chinese names the pages show for the API's enum values (the values themselves stay the API's, so a
 * page URL carries the same words as a JSON case). Names as 林政办发〔2020〕5号 writes them.
 */
public final class Labels {

    /** Names of the decision-table inputs and of the rule kinds of the rule-set file. */
    private static final Map<String, String> TERMS = Map.ofEntries(
            Map.entry("programme", "培训类型"),
            Map.entry("level", "培训等级"),
            Map.entry("certificateLevel", "证书等级"),
            Map.entry("difficultEnterprise", "困难企业"),
            Map.entry("NONE", "无"),
            Map.entry("true", "是"),
            Map.entry("false", "否"),
            Map.entry("ELIGIBILITY", "资格条件"),
            Map.entry("TABLE", "补贴标准表"),
            Map.entry("SUPPLEMENT", "增加补贴"),
            Map.entry("TRANSPORT", "交通费补贴"),
            Map.entry("ADVANCE", "先行拨付"),
            Map.entry("YUAN", "元/人"),
            Map.entry("MONTHS", "个月"),
            Map.entry("SHARE", "比例"),
            Map.entry("FACTOR", "倍"),
            Map.entry("COUNT", "次"));

    private Labels() {
    }

    /** A programme as 林政办发〔2020〕5号 names it (its {@code @Label}). */
    public static String programme(Programme programme) {
        return ChineseLabels.of(programme);
    }

    public static String level(Level level) {
        return ChineseLabels.of(level);
    }

    /**
     * The Chinese name of a rule-set word: a programme, level, table input, rule kind or unit; the word itself
     * when it has none (an identifier a new rule-set version introduced reads better raw than not at all).
     */
    public static String term(String word) {
        if (word == null) {
            return "";
        }
        for (Programme p : Programme.values()) {
            if (p.name().equals(word)) {
                return programme(p);
            }
        }
        for (Level l : Level.values()) {
            if (l.name().equals(word)) {
                return level(l);
            }
        }
        return TERMS.getOrDefault(word, word);
    }
}
