package gov.linzhi.platform.testing.openapi;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the application under test. Quarkus may load these shared test classes outside its
 * own class loader, where the static RestAssured port it configures is not visible; the test
 * thread's context class loader always sees it.
 */
final class TestApplication {

    private TestApplication() {
    }

    static RequestSpecification given() {
        int port = RestAssured.port;
        String baseUri = RestAssured.baseURI;
        try {
            Class<?> configured = Class.forName(RestAssured.class.getName(), true,
                    Thread.currentThread().getContextClassLoader());
            port = configured.getField("port").getInt(null);
            baseUri = (String) configured.getField("baseURI").get(null);
        } catch (ReflectiveOperationException e) {
            // same class loader as ours: the static values above are the right ones
        }
        return RestAssured.given().baseUri(baseUri).port(port);
    }
}
