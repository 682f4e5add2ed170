package gov.linzhi.platform.lists;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageLinksTest {

    private static final List<Map.Entry<String, String>> QUERY = List.of(Map.entry("page", "1"), Map.entry("category", "规范性文件"),
            Map.entry("size", "2"), Map.entry("year", "2020"));

    @Test
    void aMiddlePageLinksBothWaysKeepingTheOtherParametersEncoded() {
        PageLinks links = PageLinks.of(1, 2, 5, PageLinks.addressOf("/api/v1/documents", QUERY, 2));
        String kept = "/api/v1/documents?category=%E8%A7%84%E8%8C%83%E6%80%A7%E6%96%87%E4%BB%B6&year=2020&";
        assertEquals(kept + "page=1&size=2", links.self());
        assertEquals(kept + "page=2&size=2", links.next());
        assertEquals(kept + "page=0&size=2", links.prev());
        assertEquals(kept + "page=0&size=2", links.first());
        assertEquals(kept + "page=2&size=2", links.last());
        assertEquals("<" + kept + "page=1&size=2>; rel=\"self\", <" + kept + "page=2&size=2>; rel=\"next\", <" + kept
                + "page=0&size=2>; rel=\"prev\", <" + kept + "page=0&size=2>; rel=\"first\", <" + kept
                + "page=2&size=2>; rel=\"last\"", links.header());
    }

    @Test
    void theFirstPageHasNoPrevAndTheLastNoNext() {
        PageLinks only = PageLinks.of(0, 1000, 3, PageLinks.addressOf("/api/v1/plans", List.of(), 1000));
        assertEquals("/api/v1/plans?page=0&size=1000", only.self());
        assertNull(only.next());
        assertNull(only.prev());
        assertEquals(only.self(), only.last());
        assertEquals("</api/v1/plans?page=0&size=1000>; rel=\"self\", </api/v1/plans?page=0&size=1000>; rel=\"first\", "
                + "</api/v1/plans?page=0&size=1000>; rel=\"last\"", only.header());
    }

    @Test
    void aPagePastTheEndLeadsBackToTheLastAndAnEmptyListHasOnePage() {
        PageLinks past = PageLinks.of(9, 2, 5, page -> "p" + page);
        assertEquals("p2", past.prev());
        assertEquals("p2", past.last());
        assertNull(past.next());
        PageLinks empty = PageLinks.of(0, 20, 0, page -> "p" + page);
        assertEquals("p0", empty.last());
        assertNull(empty.next());
    }

    @Test
    void aSliceIsThePageAskedForAndEmptyPastTheEnd() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        assertEquals(List.of(3, 4), ListPage.cut(all, 1, 2));
        assertEquals(List.of(5), ListPage.cut(all, 2, 2));
        assertEquals(List.of(), ListPage.cut(all, 3, 2));
        assertEquals(List.of(), ListPage.cut(all, 100_000, 1000));
        assertEquals(all, ListPage.cut(all, 0, 1000));
    }
}
