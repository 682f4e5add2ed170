package gov.linzhi.tasks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.tasks.events.WebhookSignature;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static gov.linzhi.tasks.Fixtures.auditor;
import static gov.linzhi.tasks.Fixtures.importCsv;
import static gov.linzhi.tasks.Fixtures.newPlan;
import static gov.linzhi.tasks.Fixtures.supervisor;
import static gov.linzhi.tasks.Fixtures.taskId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events reach other systems: a real HTTP receiver subscribed to report.filed answers 500 to the first delivery and
 * 200 to the next; the delivery is retried, signed each time with the subscription's secret, and logged.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class WebhooksTest {

    @Test
    void aFiledReportIsDeliveredSignedAndRetriedAfterAFailure() throws Exception {
        WireMockServer receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
        try {
            receiver.stubFor(post(urlEqualTo("/hook")).inScenario("flaky").whenScenarioStateIs(STARTED)
                    .willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
            receiver.stubFor(post(urlEqualTo("/hook")).inScenario("flaky").whenScenarioStateIs("up")
                    .willReturn(aResponse().withStatus(204)));
            given().auth().oauth2(TestTokens.department("市人社局")).contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:" + receiver.port() + "/hook")).post("/api/v1/webhooks").then().statusCode(403);
            given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("url", "ftp://127.0.0.1/hook"))
                    .post("/api/v1/webhooks").then().statusCode(400).body("violations[0].field", is("url"));
            JsonPath hook = given().auth().oauth2(supervisor()).contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:" + receiver.port() + "/hook", "events", List.of("report.filed")))
                    .post("/api/v1/webhooks").then().statusCode(201).body("secret", notNullValue()).extract().jsonPath();
            long id = hook.getLong("id");
            String secret = hook.getString("secret");
            given().auth().oauth2(supervisor()).get("/api/v1/webhooks").then().statusCode(200)
                    .body("items.find { it.id == " + id + " }.secret", is((Object) null));

            long plan = newPlan("webhooks");
            importCsv(plan, "code,area,text,lead,coDepartments\n3.1,3,全年接待游客1020万人次,市旅发局,\n");
            long task = taskId(plan, "3.1");
            MutableClock.setToday(LocalDate.of(2020, 7, 1));
            given().auth().oauth2(TestTokens.department("市旅发局")).contentType(ContentType.JSON)
                    .body(Map.of("period", "H1", "year", 2020, "percentComplete", 48, "narrative", "上半年接待游客490万人次。"))
                    .post("/api/v1/tasks/" + task + "/reports").then().statusCode(201);
            // a flag is an event too, but not one this subscription asked for
            given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("note", "重点抽查"))
                    .put("/api/v1/tasks/" + task + "/flag").then().statusCode(200);

            JsonPath deliveries = null;
            for (int i = 0; i < 60; i++) {
                deliveries = given().auth().oauth2(supervisor()).get("/api/v1/webhooks/" + id + "/deliveries")
                        .then().statusCode(200).extract().jsonPath();
                if ("DELIVERED".equals(deliveries.getString("items[0].state"))) {
                    break;
                }
                Thread.sleep(500);
            }
            assertEquals(1, deliveries.getList("items").size(), "one delivery: the flag was not asked for");
            assertEquals("DELIVERED", deliveries.getString("items[0].state"));
            assertEquals(2, deliveries.getInt("items[0].attempts"), "the 500 was retried");
            assertEquals(204, deliveries.getInt("items[0].lastStatus"));

            List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlEqualTo("/hook")));
            assertEquals(2, received.size());
            for (LoggedRequest r : received) {
                assertEquals(WebhookSignature.of(secret, r.getBody()), r.getHeader("X-Linzhi-Signature"), "signed with the secret");
                assertEquals("report.filed", r.getHeader("X-Linzhi-Event"));
                JsonPath body = JsonPath.from(r.getBodyAsString());
                assertEquals("report.filed", body.getString("type"));
                assertEquals(task, body.getLong("details.taskId"));
                assertEquals("H1", body.getString("details.period"));
            }
            assertEquals(received.get(0).getHeader("X-Linzhi-Delivery"), received.get(1).getHeader("X-Linzhi-Delivery"),
                    "the same delivery, so a receiver can drop a repeat");

            // the same events as JSON and as an Atom feed
            JsonPath events = given().auth().oauth2(auditor()).get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            assertTrue(events.getList("items.type").containsAll(List.of("report.filed", "task.flagged")));
            String atom = given().auth().oauth2(auditor()).get("/api/v1/events/feed.atom").then().statusCode(200)
                    .contentType("application/atom+xml").extract().asString();
            var feed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
            assertTrue(feed.getElementsByTagName("entry").getLength() >= 2);
            assertTrue(atom.contains("报送进展报告：task:" + task), atom.substring(0, Math.min(600, atom.length())));
        } finally {
            given().auth().oauth2(supervisor()).delete("/api/v1/webhooks/" + lastWebhook()).then().statusCode(204);
            receiver.stop();
        }
    }

    private static long lastWebhook() {
        List<Integer> ids = given().auth().oauth2(supervisor()).get("/api/v1/webhooks").then().extract().jsonPath().getList("items.id");
        return ids.get(ids.size() - 1);
    }
}
