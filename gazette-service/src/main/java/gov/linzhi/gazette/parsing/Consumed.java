package gov.linzhi.gazette.parsing;

/** What a stage of {@link GazetteParser} read, and the index of the first block it left for the next stage. */
record Consumed<T>(T value, int next) {
}
