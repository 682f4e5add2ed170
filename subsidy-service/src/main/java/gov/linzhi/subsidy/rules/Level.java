package gov.linzhi.subsidy.rules;

/** National vocational skill levels. */
public enum Level {
    /** 初级工（五级）. */
    LEVEL_5,
    /** 中级工（四级）. */
    LEVEL_4,
    /** 高级工（三级）. */
    LEVEL_3,
    /** 技师（二级）. */
    LEVEL_2,
    /** 高级技师（一级）. */
    LEVEL_1;

    /** The decision-table value of a level that may be absent. */
    public static String keyOf(Level level) {
        return level == null ? "NONE" : level.name();
    }
}
