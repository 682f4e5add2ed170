package gov.linzhi.gazette.parsing;

import java.util.List;

/** The genres (文种) of official documents a title can end with, in the order they are tried. */
final class Genres {

    private static final List<String> GENRES = List.of("通知", "通报", "报告", "方案", "意见", "决定", "办法", "规定",
            "规划", "批复", "公告", "命令", "纪要", "细则", "要点", "计划", "函");

    private Genres() {
    }

    /** The genre (文种) a title ends with, ignoring a trailing （2019—2021年） and title marks. */
    static String of(String title) {
        String t = Text.titleKey(title).replaceAll("（[^（）]*）$", "").replace("》", "");
        for (String g : GENRES) {
            if (t.endsWith(g)) {
                return g;
            }
        }
        return "其他";
    }
}
