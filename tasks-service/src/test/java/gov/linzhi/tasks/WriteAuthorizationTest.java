package gov.linzhi.tasks;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.openapi.AuthMatrixTest;
import gov.linzhi.platform.testing.openapi.OpenApiDocument;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every write endpoint × bad credentials → 401/403, from the OpenAPI document; and a department that a
 * task does not name cannot report on it.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class WriteAuthorizationTest extends AuthMatrixTest {

    @Override
    protected Set<String> publicWrites() {
        return Set.of();
    }

    /** A fresh task led by 市旅发局 with 市人社局 as co-department; 市教育局 is a known department it does not name. */
    @Override
    protected ForeignDepartmentCase foreignDepartmentCase(OpenApiDocument.Operation operation) {
        if (!operation.key().equals("POST /api/v1/tasks/{taskId}/reports")) {
            return null;
        }
        long plan = Fixtures.newPlan("auth-matrix");
        Fixtures.importCsv(plan, "code,area,text,lead,coDepartments\n3.1,3,全年接待游客1020万人次,市旅发局,市人社局\n");
        long task = Fixtures.taskId(plan, "3.1");
        String reports = "/api/v1/tasks/" + task + "/reports";
        return new ForeignDepartmentCase(reports,
                "{\"period\":\"H1\",\"year\":2020,\"percentComplete\":40,\"narrative\":\"按计划推进。\"}",
                "市旅发局", "市教育局",
                () -> given().auth().oauth2(Fixtures.auditor()).get(reports).then().statusCode(200).extract().asString());
    }

    /** The shared department check finds its operations through the document's marker: here is one. */
    @Test
    void reportFilingIsMarkedDepartmentScopedInTheDocument() {
        OpenApiDocument document = OpenApiDocument.parse(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        assertEquals(Set.of("POST /api/v1/tasks/{taskId}/reports"), document.operations().stream()
                .filter(OpenApiDocument.Operation::departmentScoped).map(OpenApiDocument.Operation::key)
                .collect(java.util.stream.Collectors.toSet()));
    }
}
