package gov.linzhi.tasks;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's local mode: the sign-in page lists the users whose tokens ./run.sh keeps (role, department) and
 * signs in with one click; a name that is no token file there signs nobody in. (Without the launcher's folder the
 * page and its post do not exist: PagesTest runs without it.)
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
@WithTestResource(LocalSignInTest.LocalUsersFolder.class)
class LocalSignInTest {


    /** A folder laid out as ./run.sh's data/tokens, named to the service as the launcher's local mode does. */
    public static class LocalUsersFolder implements QuarkusTestResourceLifecycleManager {
        private Path dir;

        @Override
        public Map<String, String> start() {
            try {
                dir = Files.createTempDirectory("local-users");
                Files.writeString(dir.resolve("supervisor.jwt"), TestTokens.withRoles("supervisor"));
                Files.writeString(dir.resolve("department-市人社局.jwt"), TestTokens.departmentUser("市人社局", "local-officer@市人社局"));
                Files.writeString(dir.resolve("expired.jwt"), TestTokens.expired("supervisor"));
                Files.writeString(dir.resolve("notes.txt"), "not a token");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("tasks.pages.local-users-dir", dir.toString());
        }

        @Override
        public void stop() {
            // the folder is a temporary one
        }
    }

    @Test
    void theSignInPageListsTheLocalUsersAndOneClickSignsIn() {
        String html = given().get("/sign-in?next=/tasks/1").then().statusCode(200).extract().asString();
        assertTrue(html.contains("本地用户（./run.sh 本地模式）"), html);
        assertTrue(html.contains("name=\"user\" value=\"supervisor\""), html);
        assertTrue(html.contains("<td>市人社局</td>"), "a department user shows its department: " + html);
        assertFalse(html.contains("value=\"expired\""), "a token that no longer verifies is not offered");
        assertFalse(html.contains("value=\"notes\""));

        Response signedIn = given().redirects().follow(false).config(Fixtures.BROWSER_FORMS).contentType(ContentType.URLENC).formParam("user", "department-市人社局")
                .formParam("next", "/").post("/sign-in/local");
        assertEquals(303, signedIn.statusCode(), signedIn.asString());
        String board = given().cookie(Fixtures.pageCookie(), signedIn.cookie(Fixtures.pageCookie())).get("/")
                .then().statusCode(200).extract().asString();
        assertTrue(board.contains("当前用户：local-officer@市人社局（部门）"), board);
    }

    @Test
    void onlyAListedUserSignsIn() {
        for (String user : new String[] {"../supervisor", "expired", "notes", "nobody", ""}) {
            given().redirects().follow(false).config(Fixtures.BROWSER_FORMS).contentType(ContentType.URLENC).formParam("user", user).post("/sign-in/local")
                    .then().statusCode(400).body(containsString("没有这个本地用户"));
        }
        given().redirects().follow(false).header("Sec-Fetch-Site", "cross-site").contentType(ContentType.URLENC)
                .formParam("user", "supervisor").post("/sign-in/local").then().statusCode(403);
    }
}
