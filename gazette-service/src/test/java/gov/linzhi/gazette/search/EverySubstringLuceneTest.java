package gov.linzhi.gazette.search;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Every substring of the seed, found where it occurs, on the embedded Lucene index. */
class EverySubstringLuceneTest extends EverySubstringContract {

    @TempDir
    static Path folder;

    @Override
    SearchIndex newIndex() {
        return new LuceneSearchIndex(folder);
    }
}
