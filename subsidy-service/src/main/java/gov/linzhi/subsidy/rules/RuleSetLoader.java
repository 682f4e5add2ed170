package gov.linzhi.subsidy.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Reads a rule set (YAML or JSON), validates it against {@code rules/rule-set.schema.json}, runs the
 * {@link ConsistencyCheck} and compiles it. Plain Java: no container needed.
 */
public final class RuleSetLoader {

    public static final String SCHEMA_RESOURCE = "rules/rule-set.schema.json";

    private static final ObjectMapper JSON = configure(new ObjectMapper());
    private static final JsonSchema SCHEMA = loadSchema();

    private RuleSetLoader() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = RuleSetLoader.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SCHEMA_RESOURCE);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses YAML (JSON is YAML too) and loads it. SnakeYAML resolves anchors and aliases (which
     * Jackson's YAML tree reader does not); dates stay strings so the schema checks their form.
     */
    public static RuleSet fromYaml(String text) throws RuleSetRejectedException {
        return fromYaml(text, List.of());
    }

    /** Parses and loads a rule set, with policy cases kept apart from its text (the built-in set's case files). */
    public static RuleSet fromYaml(String text, List<JsonNode> moreCases) throws RuleSetRejectedException {
        JsonNode tree;
        try {
            tree = JSON.valueToTree(yaml(4 * 1024 * 1024).load(text));
        } catch (YAMLException | IllegalArgumentException e) {
            throw new RuleSetRejectedException(List.of("not readable as YAML or JSON: " + e.getMessage()));
        }
        if (!moreCases.isEmpty() && tree instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            com.fasterxml.jackson.databind.node.ArrayNode cases = object.has("cases") && object.get("cases").isArray()
                    ? (com.fasterxml.jackson.databind.node.ArrayNode) object.get("cases") : object.putArray("cases");
            moreCases.forEach(cases::add);
        }
        return fromTree(tree);
    }

    /** YAML 1.1 implicit types without timestamps: dates are checked and parsed as ISO strings. */
    private static final class NoTimestampResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    /**
     * Loads a rule set from the classpath, e.g. {@code rules/2019-2021/rule-set.yaml}, with the policy cases in the
     * {@code cases/} folder beside it (each file one case).
     */
    public static RuleSet fromResource(String resource) throws RuleSetRejectedException {
        BuiltInRuleSet builtIn = BuiltInRuleSet.read(resource);
        return fromYaml(builtIn.text(), builtIn.cases());
    }

    /** Reads a YAML policy case (or any YAML mapping) as a tree, with the same limits as a rule set. */
    public static JsonNode yamlTree(String text) {
        return JSON.valueToTree(yaml(1024 * 1024).load(text));
    }

    /**
     * SnakeYAML as every rule-set text is read: duplicate keys refused; at most 50 aliases (its default: enough for
     * citations written once and referred to, too few for a billion-laughs expansion) and 50 levels; the code-point
     * limit bounds the text itself; dates stay strings so the schema checks their form.
     */
    private static Yaml yaml(int codePointLimit) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(codePointLimit);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new NoTimestampResolver());
    }

    static ObjectMapper json() {
        return JSON;
    }

    /** Validates a parsed document against the schema, checks its consistency and compiles it. */
    public static RuleSet fromTree(JsonNode tree) throws RuleSetRejectedException {
        if (tree == null || !tree.isObject()) {
            throw new RuleSetRejectedException(List.of("a rule set is an object (a YAML mapping)"));
        }
        Set<ValidationMessage> errors = SCHEMA.validate(tree);
        if (!errors.isEmpty()) {
            throw new RuleSetRejectedException(errors.stream().map(m -> "schema: " + m.getMessage()).sorted().toList());
        }
        RuleSetDocument document;
        try {
            document = JSON.treeToValue(tree, RuleSetDocument.class);
        } catch (JsonProcessingException e) {
            throw new RuleSetRejectedException(List.of("not a valid rule set: " + e.getOriginalMessage()));
        }
        ConsistencyCheck.Result checked = ConsistencyCheck.check(document);
        if (!checked.problems().isEmpty()) {
            throw new RuleSetRejectedException(checked.problems());
        }
        RuleSet set = new RuleSet(document, checked.facts(), checked.conditions());
        List<String> failures = PolicyCase.failures(set, document.casesOrEmpty().stream().map(PolicyCase::new).toList());
        if (!failures.isEmpty()) {
            throw new RuleSetRejectedException(failures);
        }
        return set;
    }

    /** The canonical JSON form of a document, as stored in the database. */
    public static String toJson(RuleSetDocument document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
