package gov.linzhi.tasks.pages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/tasks/12", "/tasks/12?asOf=2020-07-06", "/?plan=1&asOf=2020-07-06", "/%E4%BB%BB%E5%8A%A1"})
    void pathsOfThisSiteAreKept(String next) {
        assertEquals(next, SafeRedirect.target(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "//evil.example/tasks", "https://evil.example/", "http:/evil.example",
            "javascript:alert(1)", "/\\evil.example", "\\\\evil.example", "evil.example", "tasks/1", "/tasks\r\nSet-Cookie: x=1",
            "/tasks/\u0000", "/a b", "/sign-in", "/sign-in?next=/", "/sign-out", " /tasks/1"})
    void anythingElseGoesHome(String next) {
        assertEquals("/", SafeRedirect.target(next));
    }

    @Test
    void nothingOrTooLongGoesHome() {
        assertEquals("/", SafeRedirect.target(null));
        assertEquals("/", SafeRedirect.target(""));
        assertEquals("/", SafeRedirect.target("/" + "a".repeat(2000)));
    }

    @Test
    void theSignInPageRemembersWhereTheReaderWasGoing() {
        assertEquals("/sign-in?next=%2Ftasks%2F12%3FasOf%3D2020-07-06", SafeRedirect.signInFor("/tasks/12?asOf=2020-07-06"));
        assertEquals("/sign-in", SafeRedirect.signInFor("/"));
        assertEquals("/sign-in", SafeRedirect.signInFor("//evil.example"));
    }
}
