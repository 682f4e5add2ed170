package gov.linzhi.gazette.search;

/** Every substring of the seed, found where it occurs, on a real OpenSearch node. */
class EverySubstringOpenSearchTest extends EverySubstringContract {

    @Override
    SearchIndex newIndex() {
        return OpenSearchSearchIndexTest.on("every-substring-" + System.nanoTime());
    }
}
