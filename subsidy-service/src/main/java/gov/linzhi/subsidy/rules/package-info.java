/**
 * The rule engine: a rule set read from its YAML file and checked against its schema and for consistency, its
 * conditions compiled as CEL expressions against the declared facts, and evaluations that decide eligibility and
 * amounts citing the provision behind each ({@link gov.linzhi.subsidy.rules.RuleSet}).
 *
 * <p>Plain Java with the libraries it is built on: the JDK, CEL (with the protobuf and Guava it needs), SnakeYAML,
 * the networknt JSON schema validator and Jackson, and the kit's {@code DomainException}. No Quarkus, Jakarta EE or
 * persistence: storing versions and serving them is {@code gov.linzhi.subsidy.rulesets}'. {@code ArchitectureTest}
 * holds it to that.
 */
package gov.linzhi.subsidy.rules;
