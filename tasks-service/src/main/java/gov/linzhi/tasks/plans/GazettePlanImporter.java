package gov.linzhi.tasks.plans;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.problem.Problem;
import gov.linzhi.tasks.clients.GazetteApi;
import gov.linzhi.tasks.clients.GazetteGateway;
import gov.linzhi.tasks.departments.Department;
import gov.linzhi.tasks.departments.DepartmentNames;
import gov.linzhi.tasks.departments.DepartmentRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a plan from a document's responsibility clauses in gazette-service: one task per clause,
 * lead = the first listed unit, every other unit a co-department, 各县（区）人民政府 expanded to the
 * seven county governments. Reads gazette-service first, then writes in one transaction.
 */
@ApplicationScoped
public class GazettePlanImporter {

    public static final String NO_RESPONSIBILITIES = "NO_RESPONSIBILITY_CLAUSES";
    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*[—–\\-－~～至]+\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("〔(\\d{4})〕");

    @Inject
    GazetteGateway gazette;

    @Inject
    DepartmentRegistry registry;

    @Inject
    PlanService plans;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    private IndicatorRules rules;

    @jakarta.annotation.PostConstruct
    void readRules() {
        rules = IndicatorRules.shipped(json);
    }

    public PlanService.Outcome importPlan(String documentNumber, String actor) {
        // refused here, in the shared vocabulary's reading, before gazette-service is asked at all
        String number = gov.linzhi.gazette.vocabulary.DocumentNumber.parse(documentNumber)
                .map(gov.linzhi.gazette.vocabulary.DocumentNumber::canonical)
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "INVALID_DOCUMENT_NUMBER", "Bad request",
                        "not a document number (发文字号) such as 林政办发〔2020〕5号: " + documentNumber,
                        List.of(new DomainException.FieldError("documentNumber", "not a document number such as 林政办发〔2020〕5号"))));
        GazetteApi.Document document = gazette.document(number);
        GazetteApi.Responsibilities clauses = gazette.responsibilities(number);
        if (clauses.items() == null || clauses.items().isEmpty()) {
            throw DomainException.unprocessable(NO_RESPONSIBILITIES, number + " has no （责任单位：…） clauses to build tasks from");
        }
        String title = clauses.items().get(0).documentTitle() != null ? clauses.items().get(0).documentTitle() : document.title();
        int[] years = years(title, number, document.signedOn());
        Map<Integer, String> areas = new TreeMap<>();
        for (GazetteApi.Clause c : clauses.items()) {
            int seq = areaSeq(c.provisionPath());
            areas.computeIfAbsent(seq, s -> chapterHeading(number, s));
        }
        List<TaskDraft> drafts = drafts(clauses.items(), areas, LocalDate.of(years[1], 12, 31), number);
        LocalDate issuedOn = document.signedOn() == null ? null : LocalDate.parse(document.signedOn());
        // the plan's own targets: the quantities of the 目标 chapter (二、目标任务) of the document, or of the plan a
        // notice publishes (a notice's provisions are its paragraphs; the plan it publishes has the chapters)
        GazetteApi.OutlineItem goals = goalsChapter(document);
        for (GazetteApi.Ref published : document.publishes() == null ? List.<GazetteApi.Ref>of() : document.publishes()) {
            if (goals == null && published.id() != null) {
                goals = goalsChapter(gazette.documentById(published.id()));
            }
        }
        List<IndicatorRules.Target> targets = goals == null ? List.of() : rules.targets(gazette.provision(number, goals.path()).quantities());
        PlanService.PlanSpec spec = new PlanService.PlanSpec(number, title, number, years[0], years[1],
                Plan.Origin.GAZETTE_IMPORT, areas, issuedOn, targets, goals == null ? null : goals.path());
        return plans.write(spec, drafts, actor);
    }

    private List<TaskDraft> drafts(List<GazetteApi.Clause> clauses, Map<Integer, String> areas, LocalDate due, String number) {
        Map<String, Department> index = registry.index();
        List<Problem.Violation> unknown = new ArrayList<>();
        List<TaskDraft> drafts = new ArrayList<>();
        for (GazetteApi.Clause c : clauses) {
            // gazette-service reads the clause into its departments (the 市 prefix carried over the list, the lead
            // marked); tasks-service takes them as they come and splits no clause text of its own
            List<GazetteApi.ClauseDepartment> units = c.departments() == null ? List.of() : c.departments();
            if (units.isEmpty()) {
                unknown.add(new Problem.Violation(c.provisionPath(), "the gazette names no department in: " + c.rawText()));
                continue;
            }
            String leadName = c.lead() != null ? c.lead()
                    : units.stream().filter(GazetteApi.ClauseDepartment::lead).map(GazetteApi.ClauseDepartment::name)
                    .findFirst().orElse(units.get(0).name());
            Department lead = null;
            Map<Long, Department> co = new LinkedHashMap<>();
            for (GazetteApi.ClauseDepartment u : units) {
                DepartmentRegistry.Resolution r = registry.resolve(u.name(), index);
                if (!r.known()) {
                    unknown.add(new Problem.Violation(c.provisionPath(), "unknown department " + u.name()));
                    continue;
                }
                if (u.name().equals(leadName) && !r.collective()) {
                    lead = r.departments().get(0);
                } else {
                    r.departments().forEach(d -> co.put(d.id, d));
                }
            }
            if (lead == null) {
                if (unknown.stream().noneMatch(v -> v.field().equals(c.provisionPath()))) {
                    unknown.add(new Problem.Violation(c.provisionPath(), "no single lead department in: " + c.rawText()));
                }
                continue;
            }
            co.remove(lead.id);
            int seq = areaSeq(c.provisionPath());
            drafts.add(TaskDraftBuilder.builder()
                    .code(c.provisionPath())
                    .areaSeq(seq)
                    .areaName(areas.get(seq))
                    .text(c.provisionHeading())
                    .sourceDocumentNumber(number)
                    .sourceReference(c.provisionPath())
                    .sourceText(c.provisionText())
                    .sourceUrl(c.citationUrl())
                    .lead(lead)
                    .leadBasis(Task.LeadBasis.SOURCE_TEXT)
                    .coDepartments(List.copyOf(co.values()))
                    .leaderPost(lead.leaderPost)
                    .dueOn(due)
                    .indicators(rules.targets(c.quantities()).stream().map(t -> Indicator.of(t.name(), t.unit(), null, t.target(),
                            Indicator.Direction.HIGHER_IS_BETTER)).toList())
                    .build());
        }
        if (!unknown.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, DepartmentRegistry.UNKNOWN_DEPARTMENT, "Unknown department",
                    unknown.size() + " name(s) in the responsibility clauses are not in the department registry;"
                            + " nothing was imported", unknown.stream().map(v -> new DomainException.FieldError(v.field(), v.message())).toList());
        }
        return drafts;
    }

    private static GazetteApi.OutlineItem goalsChapter(GazetteApi.Document d) {
        return d.provisions() == null ? null : d.provisions().stream()
                .filter(o -> o.level() == 1 && o.heading() != null && o.heading().contains("目标")).findFirst().orElse(null);
    }

    private String chapterHeading(String number, int seq) {
        try {
            GazetteApi.Provision p = gazette.provision(number, String.valueOf(seq));
            return p.heading() != null && !p.heading().isBlank() ? p.heading() : "第" + seq + "部分";
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                return "第" + seq + "部分";
            }
            throw e;
        }
    }

    static int areaSeq(String provisionPath) {
        String first = provisionPath.split("\\.")[0];
        try {
            return Integer.parseInt(first);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The plan's years from a title such as 实施方案（2019—2021年）, else the year of the number or signing date. */
    static int[] years(String title, String number, String signedOn) {
        Matcher m = YEARS.matcher(title == null ? "" : title);
        if (m.find()) {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }
        Matcher y = YEAR.matcher(number);
        int year = y.find() ? Integer.parseInt(y.group(1))
                : signedOn != null && signedOn.length() >= 4 ? Integer.parseInt(signedOn.substring(0, 4)) : LocalDate.now().getYear();
        return new int[] {year, year};
    }
}
