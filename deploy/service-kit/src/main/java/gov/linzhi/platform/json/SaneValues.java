package gov.linzhi.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Numbers and dates a request may carry, bounded before anything computes with them: a decimal with more than
 * {@value #MAX_DIGITS} digits on either side of the point ({@code 1E+2147483647} passed {@code @Digits} and overflowed
 * into a 500), a date outside {@value #EARLIEST}…{@value #LATEST} ({@code +999999999-12-31} did the same). Both are
 * refused as the field's wrong format: 400 {@code INVALID_VALUE} naming the field.
 */
@Singleton
public class SaneValues implements ObjectMapperCustomizer {

    public static final int MAX_DIGITS = 30;
    public static final String EARLIEST = "1900-01-01";
    public static final String LATEST = "2100-12-31";
    private static final LocalDate FIRST = LocalDate.parse(EARLIEST);
    private static final LocalDate LAST = LocalDate.parse(LATEST);

    /** After Quarkus's own customizers, so these deserializers win over the standard ones they wrap. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /** The module on its own, for mappers built outside Quarkus. */
    public static SimpleModule module() {
        return new SimpleModule("sane-values")
                .addDeserializer(BigDecimal.class, new BoundedDecimal())
                .addDeserializer(LocalDate.class, new BoundedDate());
    }

    /** Whether a date is one the services accept. */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    static final class BoundedDecimal extends JsonDeserializer<BigDecimal> {
        private final JsonDeserializer<?> standard = NumberDeserializers.BigDecimalDeserializer.instance;

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            BigDecimal value = (BigDecimal) standard.deserialize(p, ctx);
            if (value == null) {
                return null;
            }
            int integerDigits = value.precision() - value.scale();
            if (integerDigits > MAX_DIGITS || value.scale() > MAX_DIGITS || value.scale() < -MAX_DIGITS) {
                return (BigDecimal) ctx.handleWeirdStringValue(BigDecimal.class, p.getText(),
                        "a decimal has at most %d digits before and after the point", MAX_DIGITS);
            }
            return value;
        }
    }

    static final class BoundedDate extends JsonDeserializer<LocalDate> {
        private final LocalDateDeserializer standard = LocalDateDeserializer.INSTANCE;

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            LocalDate value = standard.deserialize(p, ctx);
            if (value != null && !inRange(value)) {
                return (LocalDate) ctx.handleWeirdStringValue(LocalDate.class, p.getText(),
                        "a date lies between %s and %s", EARLIEST, LATEST);
            }
            return value;
        }
    }
}
