package gov.linzhi.gazette.rest;

import gov.linzhi.platform.testing.HostileText;
import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static gov.linzhi.gazette.rest.ImportTest.EDITOR;
import static gov.linzhi.gazette.rest.ImportTest.IMPORT;
import static gov.linzhi.gazette.rest.ImportTest.MARKDOWN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * An imported issue whose provision carries SQL, script, template and formula strings: stored and
 * served back verbatim as JSON, plain text and Markdown, and the Atom feed stays well-formed XML.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "gazette"))
class StoredInjectionTest {

    @Test
    void hostileProvisionTextIsStoredVerbatim() throws Exception {
        // one provision holding every string, between Chinese commas so the parser keeps it one sentence
        String hostile = String.join("，", HostileText.INJECTIONS);
        String markdown = ImportTest.issue(41, "对获奖选手给予奖励，" + hostile + "。");
        given().auth().oauth2(EDITOR).contentType(MARKDOWN).body(markdown.getBytes(StandardCharsets.UTF_8)).post(IMPORT)
                .then().statusCode(201);

        String provision = "/api/v1/documents/by-number/{n}/provisions/{p}";
        given().get(provision, "林政发〔2031〕41号", "1").then().statusCode(200)
                .contentType(containsString("json")).body("text", containsString(hostile));
        long rules = given().get("/api/v1/documents/by-number/{n}", "林政发〔2031〕41号").then().statusCode(200)
                .extract().jsonPath().getLong("publishes[0].id");
        given().get("/api/v1/documents/{id}/text", rules).then().statusCode(200).body(containsString(hostile));
        given().get("/api/v1/documents/{id}/markdown", rules).then().statusCode(200).body(containsString(hostile));

        String feed = given().get("/api/v1/feed.atom").then().statusCode(200).extract().asString();
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
        assertFalse(feed.contains("<script>"), "the feed carries no unescaped script");
    }
}
