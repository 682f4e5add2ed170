package gov.linzhi.platform.lists;

import java.util.List;
import java.util.function.Function;

/** What a query found for one page: the page's items and how many match in all (the list's {@code total}). */
public record Found<T>(List<T> items, long total) {

    public Found {
        items = List.copyOf(items);
    }

    public <R> Found<R> map(Function<? super T, ? extends R> view) {
        return new Found<>(items.stream().<R>map(view).toList(), total);
    }
}
