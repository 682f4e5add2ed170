package gov.linzhi.platform.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Chinese meaning of an enum constant, in the source's own words where it has them ({@code @Label("初级工（五级）")
 * LEVEL_5}). Plain Java, so the domain cores may carry it; the OpenAPI document shows it as {@code x-enum-descriptions}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Label {
    String value();
}
