package gov.linzhi.platform.openapi;

import gov.linzhi.platform.domain.ChineseLabels;
import gov.linzhi.platform.domain.Label;
import gov.linzhi.platform.domain.Labelled;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EnumDescriptionsTest {

    enum Kind {
        @Label("牵头单位的正式报告") OFFICIAL,
        @Label("配合单位的报送材料") CONTRIBUTION
    }

    enum Half implements Labelled {
        H1("上半年"), ANNUAL("全年");

        private final String label;

        Half(String label) {
            this.label = label;
        }

        @Override
        public String chineseLabel() {
            return label;
        }
    }

    enum Unlabelled { ONE }

    @Test
    void aConstantsLabelOrItsEnumsOwnIsItsChineseLabel() {
        assertEquals("配合单位的报送材料", ChineseLabels.of(Kind.CONTRIBUTION));
        assertEquals("全年", ChineseLabels.of(Half.ANNUAL));
        assertEquals("", ChineseLabels.of(Unlabelled.ONE));
    }

    @Test
    void aSchemaGetsTheLabelsOfTheEnumWithItsNameAndExactlyItsValuesInTheSchemasOrder() {
        OpenAPI openAPI = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("Kind1", OASFactory.createSchema().enumeration(List.of("CONTRIBUTION", "OFFICIAL")))
                .addSchema("Half", OASFactory.createSchema().enumeration(List.of("H1", "ANNUAL")))
                .addSchema("Kind", OASFactory.createSchema().enumeration(List.of("CITY_DEPARTMENT"))));
        EnumDescriptions.apply(openAPI, List.of(Kind.class, Half.class));
        var schemas = openAPI.getComponents().getSchemas();
        assertNull(schemas.get("Kind1").getExtensions(), "the values differ in order from the enum's: not this enum");
        assertEquals(List.of("上半年", "全年"), schemas.get("Half").getExtensions().get(EnumDescriptions.EXTENSION));
        assertNull(schemas.get("Kind").getExtensions(), "another enum of the same simple name");

        openAPI.getComponents().getSchemas().get("Kind1").setEnumeration(List.of("OFFICIAL", "CONTRIBUTION"));
        EnumDescriptions.apply(openAPI, List.of(Kind.class));
        assertEquals(List.of("牵头单位的正式报告", "配合单位的报送材料"),
                schemas.get("Kind1").getExtensions().get(EnumDescriptions.EXTENSION), "SmallRye's numbered second Kind");
    }
}
