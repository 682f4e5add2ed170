package gov.linzhi.platform.openapi;

import gov.linzhi.platform.domain.ChineseLabels;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Gives every enum schema of a document its values' Chinese meanings as {@code x-enum-descriptions} (one string per
 * value, in the order of {@code enum}, as code generators and Swagger UI read it). A schema is matched to the enum of
 * the service's {@link EnumCatalogue} with its name (SmallRye numbers a second enum of the same simple name:
 * {@code Kind1}) and exactly its constants.
 */
final class EnumDescriptions {

    static final String EXTENSION = "x-enum-descriptions";

    private EnumDescriptions() {
    }

    static void apply(OpenAPI openAPI, List<Class<? extends Enum<?>>> enums) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Map.Entry<String, Schema> entry : openAPI.getComponents().getSchemas().entrySet()) {
            Schema schema = entry.getValue();
            if (schema.getEnumeration() == null || schema.getEnumeration().isEmpty()
                    || schema.getExtensions() != null && schema.getExtensions().containsKey(EXTENSION)) {
                continue;
            }
            List<String> values = schema.getEnumeration().stream().map(String::valueOf).toList();
            matching(entry.getKey(), values, enums).ifPresent(type -> schema.addExtension(EXTENSION, labels(type, values)));
        }
    }

    /** The enums every catalogue on the class path names (one per service). */
    static List<Class<? extends Enum<?>>> catalogued() {
        List<Class<? extends Enum<?>>> enums = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ServiceLoader.load(EnumCatalogue.class, loader == null ? EnumDescriptions.class.getClassLoader() : loader)
                .forEach(catalogue -> enums.addAll(catalogue.enums()));
        return enums;
    }

    static Optional<Class<? extends Enum<?>>> matching(String schemaName, List<String> values, List<Class<? extends Enum<?>>> enums) {
        String simpleName = schemaName.replaceFirst("\\d+$", "");
        return enums.stream()
                .filter(type -> type.getSimpleName().equals(simpleName))
                .filter(type -> Arrays.stream(type.getEnumConstants()).map(Enum::name).toList().equals(values))
                .findFirst();
    }

    /** Each value's label ({@link ChineseLabels}); blank when it has none. */
    static List<String> labels(Class<? extends Enum<?>> type, List<String> values) {
        return values.stream().map(value -> ChineseLabels.of(Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(value)).findFirst().orElseThrow())).toList();
    }
}
