package gov.linzhi.subsidy.statistics;

import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * Aggregates of approved (not clawed-back) claims for a year of training completion, against the
 * plan's targets. No personal data.
 *
 * @param approvedPersonTimes approved training claims (all programmes but SKILL_CERTIFICATE, which is not training)
 * @param approvedAmount      their amount
 * @param byProgramme         every programme, SKILL_CERTIFICATE included
 * @param byLevel             training claims by level (claims without a level are in no row)
 */
@Schema(name = "Statistics")
public record StatisticsView(
        @Schema(examples = "2020") int year,
        @Schema(examples = "0") long approvedPersonTimes,
        @Schema(examples = "0.00") BigDecimal approvedAmount,
        @Schema(nullable = true, description = "The plan's person-time target for the year; null outside the plan", examples = "7000") Integer target,
        @Schema(nullable = true, description = "The plan's target over its whole period", examples = "21500") Integer planPeriodTarget,
        List<ProgrammeRow> byProgramme,
        List<LevelRow> byLevel) {

    /** One programme's approved claims. */
    @Schema(name = "StatisticsByProgramme")
    public record ProgrammeRow(Programme programme, long personTimes, BigDecimal amount) {
    }

    /** One level's approved training claims. */
    @Schema(name = "StatisticsByLevel")
    public record LevelRow(Level level, long personTimes, BigDecimal amount) {
    }
}
