package gov.linzhi.gazette.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.linzhi.platform.lists.Linked;
import gov.linzhi.platform.lists.PageLinks;
import io.soabase.recordbuilder.core.RecordBuilder;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies of the gazette API.
 *
 * <p>Longer than 300 lines on purpose: it is the contract other systems build against (tasks-service and
 * subsidy-service among them, see the consumer contract tests), one record per schema with its OpenAPI examples, and
 * reading it in one place is how a reviewer sees a renamed or retyped field.
 */
public final class Api {

    private Api() {
    }

    @Schema(name = "DocumentRef", description = "A short reference to a document")
    public record DocumentRef(
            @Schema(examples = "5") long id,
            @Schema(examples = Examples.PLAN_TITLE) String title,
            @Schema(examples = Examples.NUMBER_5, nullable = true) String documentNumber) {
    }

    @Schema(name = "DocumentSummary", description = "A document in a list")
    public record DocumentSummary(
            @Schema(examples = "4") long id,
            @Schema(examples = "1") long issueId,
            @Schema(examples = Examples.NOTICE_5_TITLE) String title,
            @Schema(examples = Examples.NUMBER_5, nullable = true) String documentNumber,
            @Schema(examples = "市政府办公室文件") String category,
            @Schema(examples = "林芝市人民政府办公室") String issuingAuthority,
            @Schema(examples = "2020-01-16", nullable = true) LocalDate signedOn,
            @Schema(examples = "通知") String genre,
            @Schema(examples = "27", nullable = true) Integer page,
            @Schema(description = "false for a document the table of contents lists but the issue does not contain")
            boolean hasText,
            boolean current) {
    }

    @Schema(name = "ProvisionOutline", description = "A provision in a document's outline")
    public record ProvisionOutline(
            @Schema(examples = "3.1.3") String path,
            @Schema(examples = "3.", nullable = true) String number,
            @Schema(examples = "实施新型学徒培养计划") String heading,
            @Schema(examples = "3") int level) {
    }

    @Schema(name = "Document", description = "A document as structured data")
    @RecordBuilder
    @RecordBuilder.Options(inheritComponentAnnotations = false)
    public record Document(
            @Schema(examples = "4") long id,
            @Schema(examples = "1") long issueId,
            @Schema(examples = Examples.NOTICE_5_TITLE) String title,
            @Schema(examples = Examples.NUMBER_5, nullable = true) String documentNumber,
            @Schema(examples = "市政府办公室文件") String category,
            @Schema(examples = "林芝市人民政府办公室") String issuingAuthority,
            @Schema(examples = "2020-01-16", nullable = true) LocalDate signedOn,
            @Schema(examples = "通知") String genre,
            @Schema(examples = "各县（区）人民政府，市各委、办、局") String recipients,
            @Schema(nullable = true, description = "the line under the title, when the document has one") String subtitle,
            @Schema(examples = "27", nullable = true) Integer page,
            boolean hasText,
            @Schema(description = "false for a document of a superseded (corrected) issue version") boolean current,
            @Schema(description = "documents this notice publishes (关于印发《X》的通知 → X)") List<DocumentRef> publishes,
            @Schema(description = "the notice that publishes this document", nullable = true) DocumentRef publishedBy,
            List<ProvisionOutline> provisions,
            Map<String, String> links,
            @Schema(description = "the document as JSON, absolute (by number for a current numbered document)",
                    examples = "http://127.0.0.1:8081/api/v1/documents/by-number/%E6%9E%97%E6%94%BF%E5%8A%9E%E5%8F%91%E3%80%942020%E3%80%955%E5%8F%B7")
            String apiUrl,
            @Schema(description = "the reader's page of the document, absolute", examples = "http://127.0.0.1:8081/documents/4")
            String readerUrl) {
    }

    @Schema(name = "Department", description = "A unit named by a responsibility clause")
    public record Department(
            @Schema(examples = "市应急管理局") String name,
            @Schema(examples = "true") boolean lead,
            @Schema(description = "true for 各县（区）人民政府 and other collective entries") boolean collective) {
    }

    @Schema(name = "Clause", description = "A responsibility clause (责任单位：…) with its provision")
    public record Clause(
            @Schema(examples = "5") long documentId,
            @Schema(examples = Examples.NUMBER_5, description = "the number of the document or of the notice publishing it", nullable = true)
            String documentNumber,
            @Schema(examples = Examples.PLAN_TITLE) String documentTitle,
            @Schema(examples = "3.1.4") String provisionPath,
            @Schema(examples = "实施高危行业安全技能提升计划") String provisionHeading,
            String provisionText,
            @Schema(examples = Examples.CITATION_URL_314) String citationUrl,
            @Schema(examples = "市应急管理局、市场监管局、住建局、人社局，各县（区）人民政府等") String rawText,
            List<Department> departments,
            @Schema(examples = "市应急管理局") String lead,
            @Schema(description = "the quantities of the clause's provision (targets, standards, shares), as its text gives them")
            List<Quantity> quantities) {
    }

    @Schema(name = "ResponsibilityMatrix", description = "Departments × provisions of a task decomposition (任务分工): who leads (牵头) and who "
            + "takes part (配合) in each provision with a responsibility clause")
    public record ResponsibilityMatrix(
            @Schema(examples = "5") long documentId,
            @Schema(examples = Examples.PLAN_TITLE) String documentTitle,
            @Schema(description = "the departments in the order the clauses first name them", examples = "[\"市人社局\", \"财政局\"]")
            List<String> departments,
            List<MatrixRow> rows) {
    }

    @Schema(name = "MatrixRow", description = "One provision of the matrix and the role of each department named in its clause")
    public record MatrixRow(
            @Schema(examples = "5") long documentId,
            @Schema(examples = "3.1.1") String provisionPath,
            @Schema(examples = "实施岗位技能提升计划") String provisionHeading,
            @Schema(description = "department → LEAD (牵头) or CO (配合); departments the clause does not name are absent",
                    examples = "{\"市人社局\": \"LEAD\", \"财政局\": \"CO\"}")
            Map<String, String> roles) {
    }

    @Schema(name = "Quantity", description = "A number with a unit inside a provision")
    public record Quantity(
            @Schema(examples = "1000") BigDecimal value,
            @Schema(examples = "元/人") String unit,
            @Schema(examples = "1000元/人") String text,
            @Schema(examples = "按照初级工（五级）1000元/人") String context) {
    }

    @Schema(name = "Citation", description = "A document number or quoted title cited in a provision")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Citation(
            @Schema(examples = "DOCUMENT_NUMBER", enumeration = {"DOCUMENT_NUMBER", "TITLE"},
                    extensions = @Extension(name = "x-enum-descriptions", parseValue = true, value = "[\"以文号引用\", \"以标题引用\"]")) String kind,
            @Schema(examples = "藏人社发〔2018〕157号") String text,
            @Schema(examples = "藏人社发〔2018〕157号") String normalized,
            @Schema(examples = "3.1.1") String provisionPath,
            @Schema(description = "true when the citation names a stored document") boolean resolved,
            @Schema(nullable = true) DocumentRef target) {
    }

    @Schema(name = "ProvisionChild", description = "A direct child of a provision")
    public record ProvisionChild(
            @Schema(examples = "3.2.2.1") String path,
            @Schema(examples = "稳步推进现代服务业、物流产业、清洁能源产业、高新数字产业技能人才培养培养") String heading) {
    }

    @Schema(name = "Provision", description = "One provision, citable by its stable URL")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @RecordBuilder
    @RecordBuilder.Options(inheritComponentAnnotations = false)
    public record Provision(
            @Schema(examples = "5") long documentId,
            @Schema(examples = Examples.NUMBER_5, nullable = true) String documentNumber,
            @Schema(examples = Examples.PLAN_TITLE) String documentTitle,
            @Schema(examples = "3.1.3") String path,
            @Schema(examples = "3.", nullable = true) String number,
            @Schema(examples = "实施新型学徒培养计划") String heading,
            @Schema(examples = Examples.PROVISION_TEXT) String text,
            List<ProvisionChild> children,
            Clause responsibility,
            List<Quantity> quantities,
            List<Citation> citations,
            @Schema(description = "the stable citation address, relative to the service", examples = Examples.CITATION_URL_313) String citationUrl,
            @Schema(description = "the provision as JSON, absolute: the stable address for a current version, the version's own else",
                    examples = "http://127.0.0.1:8081/api/v1/documents/by-number/%E6%9E%97%E6%94%BF%E5%8A%9E%E5%8F%91%E3%80%942020%E3%80%955%E5%8F%B7/provisions/3.1.3")
            String apiUrl,
            @Schema(description = "the reader's page at the provision, absolute: the permalink for a current version, the version's anchor else",
                    examples = "http://127.0.0.1:8081/documents/by-number/%E6%9E%97%E6%94%BF%E5%8A%9E%E5%8F%91%E3%80%942020%E3%80%955%E5%8F%B7/provisions/3.1.3")
            String readerUrl) {
    }

    @Schema(name = "Reference", description = "A document or title a document cites, with the provisions citing it")
    public record Reference(
            @Schema(examples = "DOCUMENT_NUMBER") String kind,
            @Schema(examples = "藏人社发〔2018〕157号") String normalized,
            @Schema(description = "false for an external reference to a document not stored here") boolean resolved,
            @Schema(nullable = true) DocumentRef target,
            @Schema(examples = "[\"3.1.1\", \"3.2.1\"]") List<String> provisionPaths) {
    }

    @Schema(name = "CitedBy", description = "A document citing this one, with the provisions that do")
    public record CitedBy(
            DocumentRef document,
            @Schema(examples = "[\"0.1\"]") List<String> provisionPaths) {
    }

    @Schema(name = "TocEntry", description = "A line of the table of contents")
    public record TocEntry(
            @Schema(examples = "市政府文件") String section,
            @Schema(examples = "林芝市2020年《政府工作报告》任务分解方案") String title,
            @Schema(examples = "17") int page,
            @Schema(examples = "3") long documentId,
            @Schema(examples = "false") boolean hasText) {
    }

    @Schema(name = "EditorialEntry", description = "A line of the editorial box, as printed")
    public record EditorialEntry(
            @Schema(examples = "主办") String role,
            @Schema(examples = "林芝市人民政府办公室") String value) {
    }

    @Schema(name = "IssueSummary", description = "An issue of the gazette")
    public record IssueSummary(
            @Schema(examples = "1") long id,
            @Schema(examples = "林芝市人民政府公报") String title,
            @Schema(examples = "2020") int year,
            @Schema(examples = "1") int number,
            @Schema(examples = "1") Integer cumulativeNumber,
            @Schema(examples = "双月刊") String frequency,
            @Schema(examples = "1") int version,
            boolean current,
            @Schema(nullable = true) Long supersededBy,
            Instant importedAt) {
    }

    @Schema(name = "Issue", description = "An issue with its editorial box, table of contents and documents")
    public record Issue(
            IssueSummary issue,
            @Schema(examples = "林芝市人民政府") String supervisor,
            @Schema(examples = "林芝市人民政府办公室") String sponsor,
            List<EditorialEntry> editorial,
            List<TocEntry> tableOfContents,
            List<DocumentSummary> documents) {
    }

    @Schema(name = "ImportResult", description = "What an import stored")
    public record ImportResult(
            @Schema(examples = "CREATED", enumeration = {"CREATED", "UNCHANGED", "CORRECTED"},
                    extensions = @Extension(name = "x-enum-descriptions", parseValue = true, value = "[\"新导入\", \"内容未变，未改动\", \"更正：新版本取代旧版本\"]")) String status,
            @Schema(examples = "1") long issueId,
            @Schema(examples = "1") int version,
            List<Long> documentIds,
            @Schema(nullable = true) Long supersededIssueId) {
    }

    @Schema(name = "SearchProvisionHit", description = "A matching provision with a highlighted snippet")
    public record SearchProvisionHit(
            @Schema(examples = "3.1.3") String path,
            @Schema(examples = "实施新型学徒培养计划") String heading,
            @Schema(examples = Examples.SNIPPET) String snippet,
            @Schema(examples = Examples.CITATION_URL_313) String citationUrl) {
    }

    @Schema(name = "SearchHit", description = "A matching document and every provision of it that matches, best first")
    public record SearchHit(
            DocumentSummary document,
            @Schema(examples = "3.2") float score,
            @Schema(description = "the title, highlighted, when the title matches", nullable = true) String titleSnippet,
            @Schema(description = "how many provisions of the document match (all are listed)", examples = "1") int provisionCount,
            List<SearchProvisionHit> provisions) {
    }

    @Schema(name = "SearchResult", description = "Matching documents in the order asked for (best first by default), with facet counts")
    public record SearchResult(
            @Schema(examples = "学徒") String query,
            @Schema(description = "matching documents", examples = "1") long total,
            @Schema(description = "0-based", examples = "0") int page,
            @Schema(examples = "10") int size,
            @Schema(examples = "relevance", enumeration = {"relevance", "date-desc", "date-asc"},
                    extensions = @Extension(name = "x-enum-descriptions", parseValue = true, value = "[\"相关度（整词匹配优先）\", \"成文日期从新到旧\", \"成文日期从旧到新\"]")) String sort,
            @Schema(description = "true when page is past the last page of results (items is empty; links.last leads back)")
            boolean pastTheEnd,
            List<SearchHit> items,
            PageLinks links,
            @Schema(description = "counts per value of year, issuingAuthority, category and genre over all matches",
                    examples = Examples.FACETS)
            Map<String, Map<String, Long>> facets) implements Linked {
    }
}
