package gov.linzhi.platform.openapi;

import java.util.List;

/**
 * The enums a service's API shows, so the kit's OpenAPI filter can give each value its Chinese meaning
 * ({@code x-enum-descriptions}, from each constant's {@code @Label} or the enum's {@code Labelled} label). A service
 * registers one in {@code META-INF/services/gov.linzhi.platform.openapi.EnumCatalogue}; the conventions test refuses
 * an enum in the document that none describes.
 */
public interface EnumCatalogue {
    List<Class<? extends Enum<?>>> enums();
}
