package gov.linzhi.gazette.parsing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lines made to make a regular expression backtrack, 16 KB long, put where the parser reads a table of contents, a
 * heading and a paragraph: each issue parses or is refused naming the line, never a stack overflow. The bound of a
 * second is the and no benchmark: a parse of the seed takes a few milliseconds, a backtracking one seconds
 * to forever (the table-of-contents expression overflowed the stack on the first of these lines).
 */
class HostileLinesTest {

    static final int LENGTH = 16 * 1024;

    static String seed() throws IOException {
        try (InputStream in = HostileLinesTest.class.getResourceAsStream("/seed/linzhi-gazette-2020-01.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String repeat(String unit) {
        StringBuilder s = new StringBuilder(LENGTH + unit.length());
        while (s.length() < LENGTH) {
            s.append(unit);
        }
        return s.toString();
    }

    static Map<String, String> hostileLines() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("leaders and spaces", "标题" + repeat(". ") + "x");
        lines.put("leaders only", repeat("…") + "页");
        lines.put("spaces before a number", "标题" + repeat(" ") + "……1x");
        lines.put("opening brackets and spaces", repeat("〔 "));
        lines.put("years in brackets", repeat("〔2020〕 "));
        lines.put("由 without 牵头", "（责任单位：" + repeat("由市"));
        lines.put("关于印发 without 的通知", repeat("关于印发"));
        lines.put("digits", repeat("1"));
        lines.put("digits and dots", repeat("1."));
        lines.put("dates without 日", repeat("2020 年 1 月 "));
        lines.put("open parentheses", repeat("（"));
        lines.put("以下简称 without 》", repeat("（以下简称《"));
        lines.put("closing punctuation before a letter", repeat("。；") + "x");
        lines.put("bold markers", repeat("**") + "*");
        return lines;
    }

    @Test
    void everyHostileLineInTheTocAHeadingOrAParagraphParsesOrIsRefusedWithinASecond() throws IOException {
        String seed = seed();
        List<String> places = List.of("toc", "heading", "paragraph");
        List<String> slow = new ArrayList<>();
        int refused = 0;
        for (var line : hostileLines().entrySet()) {
            for (String place : places) {
                String text = switch (place) {
                    case "toc" -> seed.replaceFirst("(?m)^(《政府工作报告》……………1)$", "$1\n" + java.util.regex.Matcher.quoteReplacement(line.getValue()));
                    case "heading" -> seed.replaceFirst("(?m)^(## 编辑委员会)$", "## " + java.util.regex.Matcher.quoteReplacement(line.getValue()) + "\n\n$1");
                    default -> seed.replace("推行企业新录用人员先招工", line.getValue() + "推行企业新录用人员先招工");
                };
                assertTrue(!text.equals(seed), place + ": the line went in");
                long start = System.nanoTime();
                try {
                    new GazetteParser().parse(text);
                } catch (GazetteParseException e) {
                    refused++;
                    assertTrue(e.getMessage().contains("line"), "names the line: " + e.getMessage());
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (ms > 1000) {
                    slow.add(line.getKey() + " in the " + place + ": " + ms + " ms");
                }
            }
        }
        assertEquals(List.of(), slow);
        System.out.println("hostile lines: " + hostileLines().size() * places.size() + " issues, " + refused + " refused");
    }
}
