package gov.linzhi.platform.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes requests for an operation from its schema: plausible ones (enums, formats, bounds, examples)
 * and hostile ones (wrong types, unknown enum values, missing fields, injection strings, deep nesting).
 */
public final class RequestGenerator {

    /** Strings that must be stored safely or refused, never executed or echoed unescaped. */
    public static final List<String> HOSTILE = List.of(
            "' OR '1'='1' -- ", "1; DROP TABLE audit_log; --", "\" OR \"\"=\"", "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>", "../../../../etc/passwd", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}",
            "%00%0d%0a", "\u0000", "😀🚀", "　", "林政办发〔2020〕5号\"; --", "a".repeat(5000), "-1", "NaN",
            "9999999999999999999999", "null", "[]", "{}",
            // overflows: an exponent no decimal should be asked to expand, ints one past their range, a date of year 999999999
            "1E+2147483647", "-1e-2147483648", "2147483648", "-9223372036854775809", "+999999999-12-31", "2147483647");

    /**
     * A YAML text whose aliases expand to 10^9 nodes from a few hundred bytes: a parser that expands before it checks
     * spends minutes and gigabytes on it.
     */
    public static final String ALIAS_BOMB = """
            a: &a ["x","x","x","x","x","x","x","x","x","x"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """;
    private static final List<String> WORDS = List.of("学徒", "技能提升补贴", "藏香猪", "双语幼儿园", "市人社局",
            "林政发〔2020〕9号", "林政办发[2020]5号", "3.1.3", "2020", "LEVEL_3", "x", "");

    private final OpenApiDocument document;
    private final Random random;
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    public RequestGenerator(OpenApiDocument document, long seed) {
        this.document = document;
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** A value that fits the schema. */
    public JsonNode valid(JsonNode schemaNode, int depth) {
        JsonNode schema = document.resolve(schemaNode);
        if (schema.has("allOf") && schema.get("allOf").size() > 0) {
            return valid(schema.get("allOf").get(0), depth);
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.has(choice) && schema.get(choice).size() > 0) {
                JsonNode options = schema.get(choice);
                return valid(options.get(random.nextInt(options.size())), depth);
            }
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        if (schema.has("examples") && schema.get("examples").size() > 0 && random.nextBoolean()) {
            return schema.get("examples").get(random.nextInt(schema.get("examples").size()));
        }
        if (schema.has("example") && random.nextBoolean()) {
            return schema.get("example");
        }
        String type = typeOf(schema);
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> nodes.numberNode(integer(schema));
            case "number" -> nodes.numberNode(Math.round(random.nextDouble() * 10000) / 100.0);
            case "boolean" -> nodes.booleanNode(random.nextBoolean());
            case "null" -> nodes.nullNode();
            default -> nodes.textNode(string(schema));
        };
    }

    /** A value of the wrong kind for the schema, or a hostile string. */
    public JsonNode invalid(JsonNode schemaNode) {
        JsonNode schema = document.resolve(schemaNode);
        return switch (random.nextInt(7)) {
            case 0 -> nodes.textNode(HOSTILE.get(random.nextInt(HOSTILE.size())));
            case 1 -> "string".equals(typeOf(schema)) ? nodes.numberNode(random.nextInt()) : nodes.textNode("not-a-" + typeOf(schema));
            case 2 -> schema.has("enum") ? nodes.textNode("NO_SUCH_VALUE") : nodes.numberNode(-random.nextInt(1_000_000));
            case 3 -> nodes.nullNode();
            case 4 -> nodes.arrayNode().add(HOSTILE.get(random.nextInt(HOSTILE.size())));
            case 5 -> nodes.numberNode(new java.math.BigDecimal(random.nextBoolean() ? "1E+2147483647" : "1E-2147483647"));
            default -> nodes.numberNode(Long.MAX_VALUE);
        };
    }

    /** A body for the schema, with one part spoiled when {@code hostile}. */
    public String body(JsonNode schema, boolean hostile) {
        JsonNode value = valid(schema, 0);
        if (hostile) {
            switch (random.nextInt(6)) {
                case 0 -> { return "{\"unterminated\": "; }
                case 1 -> { return "[".repeat(5000) + "]".repeat(5000); }
                case 2 -> { return nested(3000); }
                case 3 -> value = invalid(schema);
                default -> {
                    if (value instanceof ObjectNode object && object.size() > 0) {
                        List<String> fields = new ArrayList<>();
                        object.fieldNames().forEachRemaining(fields::add);
                        String field = fields.get(random.nextInt(fields.size()));
                        if (random.nextBoolean()) {
                            object.remove(field);
                        } else {
                            JsonNode fieldSchema = document.resolve(document.resolve(schema).path("properties").path(field));
                            object.set(field, invalid(fieldSchema));
                        }
                    } else {
                        value = invalid(schema);
                    }
                }
            }
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value for a path or query parameter, as text. */
    public String parameter(JsonNode parameter, boolean hostile) {
        JsonNode schema = document.resolve(parameter.path("schema"));
        if (hostile) {
            JsonNode bad = invalid(schema);
            return bad.isTextual() ? bad.asText() : bad.toString();
        }
        JsonNode value = valid(schema, 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = nodes.objectNode();
        if (depth > 4) {
            return object;
        }
        java.util.Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> p = properties.next();
            if (required.contains(p.getKey()) || random.nextInt(3) > 0) {
                object.set(p.getKey(), valid(p.getValue(), depth + 1));
            }
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = nodes.arrayNode();
        int size = depth > 3 ? 0 : random.nextInt(4);
        for (int i = 0; i < size; i++) {
            array.add(valid(schema.path("items"), depth + 1));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min + 10, 2030);
        if (max < min) {
            return min;
        }
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        return switch (format) {
            case "date" -> LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1100)).toString();
            case "date-time" -> LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1100)) + "T08:00:00Z";
            case "uuid" -> java.util.UUID.randomUUID().toString();
            default -> {
                String word = WORDS.get(random.nextInt(WORDS.size()));
                int max = schema.has("maxLength") ? schema.get("maxLength").asInt() : Integer.MAX_VALUE;
                yield word.length() > max ? word.substring(0, max) : word;
            }
        };
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }
}
