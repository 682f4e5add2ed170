package gov.linzhi.tasks;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * gazette-service and subsidy-service as a real HTTP server (WireMock) answering from the stubs in
 * {@code src/test/resources/wiremock}: the 21 responsibility clauses of 林政办发〔2020〕5号 built from
 * the seed text, a provision, a 404, and connection resets that stand for a service that is down.
 */
public class OtherServicesStub implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().usingFilesUnderClasspath("wiremock"));
        server.start();
        String url = "http://127.0.0.1:" + server.port();
        return Map.of("quarkus.rest-client.gazette.url", url, "quarkus.rest-client.subsidy.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
