package gov.linzhi.gazette.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a provision sits in a document: the numbers of its chapter, section and item joined by dots, as the
 * gazette's API names it ({@code 3.1.3} is 三、（一）3. of the plan); chapter 0 holds the unnumbered paragraphs
 * before the first chapter ({@code 0.1}, the preamble). At most ten levels of at most four digits.
 */
public record ProvisionPath(List<Integer> numbers) implements Comparable<ProvisionPath> {

    private static final int MAX_LEVELS = 10;
    private static final int MAX_NUMBER = 9999;
    private static final String[] CHINESE_DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    public ProvisionPath {
        numbers = List.copyOf(numbers);
        if (numbers.isEmpty() || numbers.size() > MAX_LEVELS || numbers.stream().anyMatch(n -> n < 0 || n > MAX_NUMBER)) {
            throw new IllegalArgumentException("a provision path is 1 to " + MAX_LEVELS + " numbers from 0 to " + MAX_NUMBER + ": " + numbers);
        }
    }

    /** {@code 3.1.3}, or empty when the text is not a path of numbers joined by dots. */
    public static Optional<ProvisionPath> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LEVELS * 5) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length > MAX_LEVELS) {
            return Optional.empty();
        }
        Integer[] numbers = new Integer[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            numbers[i] = Integer.parseInt(p);
        }
        return Optional.of(new ProvisionPath(Arrays.asList(numbers)));
    }

    public static ProvisionPath of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(
                "a provision path is numbers joined by dots, like 3.1.3: got " + text));
    }

    /** How deep the provision is: 1 for a chapter. */
    public int depth() {
        return numbers.size();
    }

    /** The enclosing provision, or empty for a chapter. */
    public Optional<ProvisionPath> parent() {
        return numbers.size() == 1 ? Optional.empty() : Optional.of(new ProvisionPath(numbers.subList(0, numbers.size() - 1)));
    }

    public boolean isWithin(ProvisionPath ancestor) {
        return numbers.size() > ancestor.numbers.size() && numbers.subList(0, ancestor.numbers.size()).equals(ancestor.numbers);
    }

    /**
     * The numbering as printed in a plan of the gazette: 三、 for a chapter, （一） for a section, 1. for an item, (1)
     * below that: {@code 3.1.3} prints as 三（一）3.; a paragraph of the preamble (chapter 0) has no numbering.
     */
    public String printed() {
        if (numbers.get(0) == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            int n = numbers.get(i);
            switch (i) {
                case 0 -> s.append(chinese(n));
                case 1 -> s.append('（').append(chinese(n)).append('）');
                case 2 -> s.append(n).append('.');
                default -> s.append('(').append(n).append(')');
            }
        }
        return s.toString();
    }

    /** Chinese numerals as the gazette prints headings: 一 … 十, 十一 … 九十九. */
    static String chinese(int n) {
        if (n < 10) {
            return CHINESE_DIGITS[n];
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : CHINESE_DIGITS[n / 10]) + "十" + (n % 10 == 0 ? "" : CHINESE_DIGITS[n % 10]);
        }
        return String.valueOf(n);
    }

    @Override
    public int compareTo(ProvisionPath other) {
        for (int i = 0; i < Math.min(numbers.size(), other.numbers.size()); i++) {
            int c = Integer.compare(numbers.get(i), other.numbers.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(numbers.size(), other.numbers.size());
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        numbers.forEach(n -> s.append(s.isEmpty() ? "" : ".").append(n));
        return s.toString();
    }
}
