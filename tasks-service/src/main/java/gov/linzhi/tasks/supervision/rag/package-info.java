/**
 * The supervision office's traffic light (红黄绿, RAG) for a task: from the periods its reports were due and filed in,
 * and from its latest reported percentage against the share of the year elapsed
 * ({@link gov.linzhi.tasks.supervision.rag.RagCalculator}).
 *
 * <p>Plain Java: it may depend on the JDK alone (no Quarkus, Jakarta EE or persistence; callers hand it what the
 * database holds as values), so every rule of the calculation is a unit test. {@code ArchitectureTest} holds it to
 * that.
 */
package gov.linzhi.tasks.supervision.rag;
