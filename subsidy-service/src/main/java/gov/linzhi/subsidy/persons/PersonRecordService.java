package gov.linzhi.subsidy.persons;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.subsidy.api.DecisionView;
import gov.linzhi.subsidy.api.EvaluationRequest;
import gov.linzhi.subsidy.catalogue.TrainingProject;
import gov.linzhi.subsidy.claims.Claim;
import gov.linzhi.subsidy.claims.HistoryRepository;
import gov.linzhi.subsidy.identity.ResidentIds;
import gov.linzhi.subsidy.rules.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds a person's training record from the recorded claims (looked up by the keyed hash of the resident ID). */
@ApplicationScoped
public class PersonRecordService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);

    @Inject
    HistoryRepository history;

    @Inject
    ObjectMapper json;

    @Transactional
    public PersonRecordView record(String personId) {
        String masked = ResidentIds.mask(ResidentIds.normalise(personId));
        List<Claim> claims = Claim.list("from Claim c join fetch c.person p where p.lookupHash = ?1 order by c.trainingCompletedOn, c.id",
                history.lookupHash(personId));
        List<PersonRecordView.Entry> entries = new ArrayList<>();
        Map<Integer, Object[]> years = new TreeMap<>();
        long count = 0;
        BigDecimal total = ZERO;
        for (Claim c : claims) {
            EvaluationRequest r = read(c.requestJson, EvaluationRequest.class);
            gov.linzhi.subsidy.claims.DecisionRecord d = gov.linzhi.subsidy.claims.DecisionRecord.read(c.decisionJson);
            PersonRecordView.ProjectRef project = null;
            if (c.projectId != null) {
                TrainingProject p = TrainingProject.findById(c.projectId);
                project = p == null ? null : new PersonRecordView.ProjectRef(p.id, p.name, p.county);
            }
            entries.add(PersonRecordViewEntryBuilder.builder()
                    .claimId(c.id)
                    .status(c.status)
                    .programme(c.programme)
                    .occupation(c.occupation)
                    .level(r.level())
                    .trainingCompletedOn(c.trainingCompletedOn)
                    .certificateLevel(r.certificateLevel())
                    .certificateIssuedOn(r.certificateIssuedOn())
                    .institution(r.institution() == null ? null : new PersonRecordView.InstitutionRef(r.institution().creditCode(), r.institution().name()))
                    .project(project)
                    .amount(c.amount)
                    .advanceAmount(c.advanceAmount)
                    .transportAllowance(c.transportAllowance)
                    .ruleSetVersion(c.ruleSetVersion)
                    .reasons(d.reasons().stream().map(gov.linzhi.subsidy.claims.DecisionRecord.ReasonRecord::code).toList())
                    .recordedAt(c.createdAt)
                    .clawedBackAt(c.clawedBackAt)
                    .clawbackReason(c.clawbackReason)
                    .build());
            if (c.counts()) {
                count++;
                total = total.add(c.amount);
                Object[] y = years.computeIfAbsent(c.trainingYear, k -> new Object[] {0L, 0L, ZERO});
                if (c.programme == Programme.SKILL_CERTIFICATE) {
                    y[1] = (Long) y[1] + 1;
                } else {
                    y[0] = (Long) y[0] + 1;
                }
                y[2] = ((BigDecimal) y[2]).add(c.amount);
            }
        }
        List<PersonRecordView.YearSummary> summaries = new ArrayList<>();
        years.forEach((year, y) -> summaries.add(new PersonRecordView.YearSummary(year, (Long) y[0], (Long) y[1], (BigDecimal) y[2])));
        return new PersonRecordView(masked, count, total, summaries, entries);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
