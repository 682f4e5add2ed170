package gov.linzhi.gazette.search;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The search index contract on the embedded Lucene index, in a folder of its own. */
class LuceneSearchIndexTest extends SearchIndexContract {

    @TempDir
    Path folder;

    @Override
    SearchIndex newIndex() {
        return new LuceneSearchIndex(folder);
    }

    @Override
    SearchIndex reopen(SearchIndex index) {
        ((LuceneSearchIndex) index).close();
        return new LuceneSearchIndex(folder);
    }
}
