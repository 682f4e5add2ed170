package gov.linzhi.subsidy.rules;

import gov.linzhi.platform.domain.Label;

/** National vocational skill levels. */
public enum Level {
    @Label("初级工（五级）") LEVEL_5,
    @Label("中级工（四级）") LEVEL_4,
    @Label("高级工（三级）") LEVEL_3,
    @Label("技师（二级）") LEVEL_2,
    @Label("高级技师（一级）") LEVEL_1;

    /** The decision-table value of a level that may be absent. */
    public static String keyOf(Level level) {
        return level == null ? "NONE" : level.name();
    }
}
