package gov.linzhi.gazette.documents;

import gov.linzhi.gazette.issues.ImportService;
import gov.linzhi.gazette.rest.Api;
import gov.linzhi.platform.testing.DatabaseDownTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cited-by} reads a constant number of statements however many documents cite the target: counted by
 * Hibernate's statistics around the read, with 2 and then 8 citing documents of the seed's vocational plan. Its own
 * database, so the issues it imports stay out of the other tests' lists.
 */
@QuarkusTest
@TestProfile(CitedByStatementsTest.OwnDatabase.class)
class CitedByStatementsTest {

    public static class OwnDatabase extends DatabaseDownTest.IsolatedDatabase {
        @Override
        protected String database() {
            return "gazette_citations";
        }
    }

    static final String PLAN = "林政办发〔2020〕5号";

    @Inject
    ImportService imports;

    @Inject
    DocumentQueries documents;

    @Inject
    CitationQueries citations;

    @Inject
    EntityManagerFactory entityManagers;

    /** An issue of {@code count} notices, each citing the plan in its one provision. */
    static String citingIssue(int year, int count) {
        StringBuilder toc = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            String title = "林芝市人民政府办公室关于落实职业技能提升行动第" + n + "项工作的通知";
            toc.append(title).append("……………").append(n).append("\n\n");
            body.append("# ").append(title).append("\n\n林政办发〔").append(year).append("〕").append(n).append("号\n\n")
                    .append("一、按照《林芝市职业技能提升行动实施方案（2019—2021年）》（").append(PLAN).append("）要求抓好落实。\n\n");
        }
        return "# 林芝市人民政府公报\n\n" + year + "\n\n第 1 期（总第 1 期）\n\n## 目 录\n\n### 市政府办公室文件\n\n" + toc + body;
    }

    private long statementsOfCitedBy(DocumentEntity plan, List<Api.CitedBy> out) {
        Statistics stats = entityManagers.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        QuarkusTransaction.requiringNew().run(() -> out.addAll(citations.citedBy(plan)));
        long statements = stats.getPrepareStatementCount();
        stats.setStatisticsEnabled(false);
        return statements;
    }

    @Test
    void citedByReadsAConstantNumberOfStatements() {
        DocumentEntity plan = QuarkusTransaction.requiringNew().call(() -> documents.byNumber(PLAN));
        imports.importIssue(citingIssue(2041, 2), false, "test");
        List<Api.CitedBy> few = new java.util.ArrayList<>();
        long withFew = statementsOfCitedBy(plan, few);

        imports.importIssue(citingIssue(2042, 6), false, "test");
        List<Api.CitedBy> many = new java.util.ArrayList<>();
        long withMany = statementsOfCitedBy(plan, many);

        assertEquals(few.size() + 6, many.size(), "the six new notices cite the plan");
        assertTrue(many.stream().allMatch(c -> c.document() != null && c.document().title() != null), "each names its source");
        assertEquals(withFew, withMany, "statements with " + few.size() + " and " + many.size() + " citing documents");
        assertTrue(withMany <= 3, withMany + " statements");
    }
}
