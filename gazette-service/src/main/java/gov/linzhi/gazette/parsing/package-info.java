/**
 * The gazette parser: an issue's Markdown text to its documents, provisions, responsibility clauses, citations and
 * quantities ({@link gov.linzhi.gazette.parsing.GazetteParser}), and document numbers in every spelling.
 *
 * <p>Plain Java: it may depend on the JDK and on gazette-vocabulary's value types, nothing else (no Quarkus, Jakarta
 * EE or persistence), so its tests run without a container. {@code ArchitectureTest} holds it to that.
 */
package gov.linzhi.gazette.parsing;
