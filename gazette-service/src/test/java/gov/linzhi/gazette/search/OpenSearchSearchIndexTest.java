package gov.linzhi.gazette.search;

import gov.linzhi.platform.opensearch.SearchNodeProcess;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The search index contract on a real single-node OpenSearch, each test on an alias of its own. */
class OpenSearchSearchIndexTest extends SearchIndexContract {

    private final String alias = "contract-" + UUID.randomUUID().toString().substring(0, 8);

    static OpenSearchSearchIndex on(String alias) {
        return new OpenSearchSearchIndex(SearchNodeProcess.shared().url(), alias, 1, 0, Duration.ofSeconds(30));
    }

    @Override
    SearchIndex newIndex() {
        return on(alias);
    }

    @Test
    void anOlderStateDeliveredLateByAnotherInstanceNeverReplacesANewerOne() {
        index.apply(List.of(BUDGET_RENAMED), List.of(), 12);
        // a second instance on the same index, slower, delivering what it read at outbox position 9
        try (OpenSearchSearchIndex slower = on(alias)) {
            slower.apply(List.of(BUDGET), List.of(), 9);
            assertEquals(12, slower.watermark());
        }
        assertEquals(1, index.search(q("决算")).total(), "the newer state stays");
        assertEquals(0, index.search(q("预算")).total());
        index.apply(List.of(), List.of(1L), 8);
        assertEquals(2, index.documentCount(), "nor does an older delete");
        index.apply(List.of(), List.of(1L), 13);
        assertEquals(1, index.documentCount());
    }

    @Test
    void aRebuildMovesTheAliasToAFullIndexAndRemovesTheOldOne() {
        index.replaceAll(List.of(SCHOOLS), 20);
        assertEquals(20, index.watermark());
        assertEquals(1, index.documentCount());
        assertEquals(0, index.search(q("藏香猪")).total());
        assertEquals(1, index.search(q("双语幼儿园")).total());
    }

    @Override
    SearchIndex reopen(SearchIndex index) {
        ((OpenSearchSearchIndex) index).close();
        return on(alias);
    }
}
