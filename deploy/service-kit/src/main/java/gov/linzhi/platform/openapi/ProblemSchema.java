package gov.linzhi.platform.openapi;

import gov.linzhi.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The {@code Problem} and {@code Violation} schemas every error response refers to, added to a document that has none
 * (once no resource names {@code Problem.class} in an annotation, SmallRye has no reason to write them). Read from the
 * records themselves and their {@code @Schema} annotations, so the schema cannot drift from the body the kit sends.
 */
final class ProblemSchema {

    static final String PROBLEM = "Problem";
    static final String VIOLATION = "Violation";

    private ProblemSchema() {
    }

    static void addIfMissing(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey(PROBLEM)) {
            openAPI.getComponents().addSchema(PROBLEM, of(Problem.class));
        }
        if (!openAPI.getComponents().getSchemas().containsKey(VIOLATION)) {
            openAPI.getComponents().addSchema(VIOLATION, of(Problem.Violation.class));
        }
    }

    static Schema of(Class<? extends Record> type) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
        org.eclipse.microprofile.openapi.annotations.media.Schema described =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (described != null && !described.description().isEmpty()) {
            schema.description(described.description());
        }
        for (RecordComponent component : type.getRecordComponents()) {
            schema.addProperty(component.getName(), property(component));
        }
        return schema;
    }

    private static Schema property(RecordComponent component) {
        Class<?> type = component.getType();
        Schema property;
        if (type == int.class || type == Integer.class) {
            property = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32");
        } else if (List.class.isAssignableFrom(type)) {
            Class<?> item = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            property = OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                    .items(OASFactory.createSchema().ref("#/components/schemas/" + item.getSimpleName()));
        } else {
            property = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        }
        org.eclipse.microprofile.openapi.annotations.media.Schema described =
                component.getAccessor().getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (described == null) {
            described = component.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        }
        if (described != null && described.examples().length > 0) {
            String example = described.examples()[0];
            property.examples(List.of(property.getType().contains(Schema.SchemaType.INTEGER) ? Integer.valueOf(example) : example));
        }
        return property;
    }
}
