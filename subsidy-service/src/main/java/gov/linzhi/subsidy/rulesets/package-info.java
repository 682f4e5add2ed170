/**
 * The rule-set versions as the service keeps them: the built-in files compiled at start, versions uploaded by the
 * policy office stored with their source and hash, the current set refreshed across instances, and the readiness
 * check that says whether they loaded. The rule engine itself ({@code gov.linzhi.subsidy.rules}) knows nothing of
 * this package.
 */
package gov.linzhi.subsidy.rulesets;
