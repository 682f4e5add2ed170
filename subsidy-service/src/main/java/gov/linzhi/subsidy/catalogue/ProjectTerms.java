package gov.linzhi.subsidy.catalogue;

import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;

import java.time.LocalDate;

/**
 * What a catalogued training project fixes for every case that names it: programme, occupation, level, institution,
 * mandated content (5.8), end date, and whether it is 项目制 (6.12).
 *
 * @param level null for a project whose training carries no level
 */
public record ProjectTerms(long projectId, Programme programme, Level level, String occupation, String occupationKey,
                           LocalDate endsOn, boolean mandatedContent, String institutionName, String institutionCreditCode,
                           boolean projectBased) {
}
