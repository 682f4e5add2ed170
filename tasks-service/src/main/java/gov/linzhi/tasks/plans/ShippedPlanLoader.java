package gov.linzhi.tasks.plans;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads the shipped 2020 work-report plan ({@code data/work-report-2020.json}) once: when a plan with
 * its code exists already nothing is touched, so the office's later edits and imports stay.
 */
@ApplicationScoped
public class ShippedPlanLoader {

    public static final String RESOURCE = "data/work-report-2020.json";

    /** The file's shape. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ShippedPlan(String code, String title, String sourceDocumentNumber, int startYear, int endYear,
                       List<PlanApi.AreaView> areas, List<TaskRow> tasks) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    PlanService plans;

    /** Runs in the caller's transaction; returns whether the plan was created. */
    public boolean load() {
        ShippedPlan shipped = read();
        if (Plan.byCode(shipped.code()).isPresent()) {
            return false;
        }
        Map<Integer, String> areas = new TreeMap<>();
        shipped.areas().forEach(a -> areas.put(a.seq(), a.name()));
        PlanService.Outcome created = plans.write(new PlanService.PlanSpec(shipped.code(), shipped.title(),
                shipped.sourceDocumentNumber(), shipped.startYear(), shipped.endYear(), Plan.Origin.SHIPPED_DATA, areas, null, List.of(), null),
                List.of(), "system");
        LinkedHashMap<String, TaskRow> rows = new LinkedHashMap<>();
        for (int i = 0; i < shipped.tasks().size(); i++) {
            rows.put(RESOURCE + " task " + (i + 1), shipped.tasks().get(i));
        }
        plans.importRows(created.plan().id, rows, "system");
        return true;
    }

    private ShippedPlan read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return json.readValue(in, ShippedPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
