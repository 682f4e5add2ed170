package gov.linzhi.gazette.contracts;

import gov.linzhi.platform.testing.contracts.JsonShape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.gazette.vocabulary.DocumentNumber;
import gov.linzhi.gazette.vocabulary.ProvisionAddress;
import gov.linzhi.gazette.vocabulary.ProvisionPath;
import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumer-driven contracts, checked on the provider's side against the real service on the seed: what the
 * other services expect of gazette-service is read from where they keep it, so a field renamed, retyped or turned
 * from relative to absolute (or back) fails this build, not theirs in production.
 * <ul>
 *   <li>tasks-service's recorded interactions: the WireMock stubs its own tests run against
 *       ({@code tasks-service/src/test/resources/wiremock}). Each gazette request is replayed here; every field of
 *       the stub's answer must exist in the real answer with the same JSON type, and a URL must stay absolute or
 *       relative as the stub has it.</li>
 *   <li>subsidy-service's citations: every provision its rule sets quote
 *       ({@code subsidy-service/src/main/resources/rules/}) must answer at the address subsidy-service builds
 *       ({@link ProvisionAddress}, the same code) with a text that contains the quote.</li>
 * </ul>
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "gazette"))
class ConsumerContractsTest {

    static final Path TASKS_STUBS = Path.of("../tasks-service/src/test/resources/wiremock");
    static final Path SUBSIDY_RULES = Path.of("../subsidy-service/src/main/resources/rules");
    /** A document of the seed, answering for a stub of a document the seed does not hold (the same endpoint). */
    static final String SEED_NUMBER = "林政办发〔2020〕5号";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyGazetteInteractionTasksServiceRecordedIsAnsweredInTheShapeItReads() throws IOException {
        JsonNode mappings = JSON.readTree(TASKS_STUBS.resolve("mappings/stubs.json").toFile()).get("mappings");
        int replayed = 0;
        List<String> problems = new ArrayList<>();
        for (JsonNode m : mappings) {
            JsonNode request = m.get("request");
            JsonNode response = m.get("response");
            String url = request.has("url") ? request.get("url").asText() : request.path("urlPath").asText();
            if (!(url.startsWith("/api/v1/documents") || url.startsWith("/api/v1/responsibilities"))
                    || response.path("status").asInt() != 200 || !response.has("bodyFileName")) {
                continue; // subsidy-service's endpoints, faults and 404s are not gazette answers to hold the service to
            }
            JsonNode expected = JSON.readTree(TASKS_STUBS.resolve("__files").resolve(response.get("bodyFileName").asText()).toFile());
            Map<String, String> query = queryOf(request);
            Response real = replay(url, query);
            if (real.statusCode() == 404 && url.matches("/api/v1/documents/\\d+")) {
                // ids differ between systems: the consumer asks for the plan the seed's notice publishes, by its id
                long published = given().urlEncodingEnabled(false).get("/api/v1/documents/by-number/"
                        + ProvisionAddress.pathSegment(SEED_NUMBER)).jsonPath().getLong("publishes[0].id");
                real = replay("/api/v1/documents/" + published, query);
            } else if (real.statusCode() == 404) {
                real = replay(url.replaceFirst("/by-number/[^/]+", "/by-number/" + ProvisionAddress.pathSegment(SEED_NUMBER)),
                        query.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                                e -> e.getKey().equals("documentNumber") ? SEED_NUMBER : e.getValue())));
            }
            String name = m.path("name").asText(url);
            if (real.statusCode() != 200) {
                problems.add(name + ": " + real.statusCode());
                continue;
            }
            JsonShape.conforms(expected, JSON.readTree(real.asByteArray()), name + " $", problems);
            replayed++;
        }
        assertTrue(replayed >= 8, "interactions replayed: " + replayed);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyProvisionSubsidyServiceQuotesAnswersAtTheAddressItBuildsWithTheQuotedText() throws IOException {
        Pattern citation = Pattern.compile("\\{document: ([^,}]+), provision: \"([^\"]+)\", quote: \"([^\"]+)\"}");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(SUBSIDY_RULES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("rule-set.yaml")).toList()) {
                Matcher m = citation.matcher(Files.readString(f));
                while (m.find()) {
                    ProvisionAddress address = new ProvisionAddress(DocumentNumber.of(m.group(1).strip()), ProvisionPath.of(m.group(2)));
                    Response real = given().urlEncodingEnabled(false).get(address.apiUrl(""));
                    if (real.statusCode() != 200) {
                        problems.add(address.readable() + ": " + real.statusCode());
                    } else if (!squeeze(real.jsonPath().getString("text")).contains(squeeze(m.group(3)))) {
                        problems.add(address.readable() + " does not contain the quote " + m.group(3));
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked >= 20, "citations checked: " + checked);
        assertEquals(List.of(), problems);
    }

    /**
     * One source of truth for the gazette's words: each provision a rule set of subsidy-service carries
     * ({@code documents[].provisions[]}, shown beside every amount it cites) is the text this service parses from the
     * bundled seed for the same address, as printed (its number included where the copy prints it). The built-in
     * version 2019-2021.2 carries three of them as excerpts (2 and 3.3 without their heading, 7.16 up to the
     * sentence it cites), and a version that decided claims never changes: an excerpt must begin where the parse
     * does, or where its body does (after print's list dash), and follow it word for word; exactly those three are
     * excerpts.
     */
    @Test
    void everyProvisionTextSubsidyServiceCarriesIsTheParseOfTheSeed() throws IOException {
        Pattern number = Pattern.compile("^  - number: (\\S+)", Pattern.MULTILINE);
        Pattern provision = Pattern.compile("^      - path: \"([^\"]+)\"\\n        text: \"([^\"]*)\"", Pattern.MULTILINE);
        List<String> problems = new ArrayList<>();
        List<String> excerpts = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(SUBSIDY_RULES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("rule-set.yaml")).toList()) {
                String yaml = Files.readString(f);
                String documents = yaml.substring(yaml.indexOf("\ndocuments:"), yaml.indexOf("\nperiodCitation:"));
                Matcher doc = number.matcher(documents);
                List<Integer> starts = new ArrayList<>();
                List<String> numbers = new ArrayList<>();
                while (doc.find()) {
                    starts.add(doc.start());
                    numbers.add(doc.group(1));
                }
                for (int d = 0; d < numbers.size(); d++) {
                    int end = d + 1 < starts.size() ? starts.get(d + 1) : documents.length();
                    Matcher m = provision.matcher(documents.substring(starts.get(d), end));
                    while (m.find()) {
                        ProvisionAddress address = new ProvisionAddress(DocumentNumber.of(numbers.get(d)), ProvisionPath.of(m.group(1)));
                        Response real = given().urlEncodingEnabled(false).get(address.apiUrl(""));
                        String copy = squeeze(m.group(2));
                        if (real.statusCode() != 200) {
                            problems.add(address.readable() + ": " + real.statusCode());
                        } else {
                            String raw = real.jsonPath().getString("text");
                            String text = squeeze(raw);
                            String printed = squeeze(String.valueOf(real.jsonPath().getString("number"))) + text;
                            // the body after the heading line, without print's list dash (——)
                            String body = raw.indexOf('\n') < 0 ? text : squeeze(raw.substring(raw.indexOf('\n') + 1)).replaceFirst("^—+", "");
                            if (!printed.startsWith(copy) && !text.startsWith(copy) && !body.startsWith(copy)) {
                                problems.add(address.readable() + " in " + f.getFileName() + " is not the seed's parse: " + copy);
                            } else if (!copy.equals(text) && !copy.equals(printed)) {
                                excerpts.add(address.readable());
                            }
                        }
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 5, "provisions checked: " + checked);
        assertEquals(List.of(), problems);
        assertEquals(List.of("/documents/by-number/林政办发〔2020〕5号/provisions/2", "/documents/by-number/林政办发〔2020〕5号/provisions/3.3",
                "/documents/by-number/林政办发〔2020〕5号/provisions/7.16"), excerpts);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static Map<String, String> queryOf(JsonNode request) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        request.path("queryParameters").fields().forEachRemaining(e -> query.put(e.getKey(), e.getValue().path("equalTo").asText()));
        return query;
    }

    private static Response replay(String url, Map<String, String> query) {
        RequestSpecification r = given().urlEncodingEnabled(false);
        for (var e : query.entrySet()) {
            r = r.queryParam(e.getKey(), ProvisionAddress.pathSegment(e.getValue()));
        }
        return r.get(url);
    }
}
