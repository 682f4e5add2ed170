package gov.linzhi.platform.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Records are validated in full without asking the persistence provider; other objects still ask it. */
class RecordsTraversableResolverTest {

    record Institution(@NotBlank String name) {
    }

    record Case(@NotBlank String occupation, @Valid Institution institution) {
    }

    /** A mutable class, as an entity is: its properties are read only when the provider says they are loaded. */
    static final class Entity {
        @NotBlank
        String lazyName = "";
    }

    /** The persistence provider's view: nothing is loaded; it records what it was asked about. */
    static final class NothingLoaded implements TraversableResolver {
        final List<Object> asked = new ArrayList<>();

        @Override
        public boolean isReachable(Object o, Path.Node p, Class<?> root, Path path, ElementType type) {
            asked.add(o);
            return false;
        }

        @Override
        public boolean isCascadable(Object o, Path.Node p, Class<?> root, Path path, ElementType type) {
            asked.add(o);
            return false;
        }
    }

    private static Validator validator(TraversableResolver provider) {
        return jakarta.validation.Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .traversableResolver(new RecordsTraversableResolver(provider))
                .enableTraversableResolverResultCache(false)
                .buildValidatorFactory().getValidator();
    }

    @Test
    void everyPropertyOfARecordIsValidatedIncludingCascadedOnesWithoutAskingTheProvider() {
        NothingLoaded provider = new NothingLoaded();
        var violations = validator(provider).validate(new Case(" ", new Institution("")));
        assertEquals(2, violations.size(), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.getPropertyPath().toString().equals("institution.name")), violations::toString);
        assertTrue(provider.asked.isEmpty(), provider.asked::toString);
    }

    @Test
    void aPropertyOfAnotherObjectIsReadOnlyWhenTheProviderSaysItIsLoaded() {
        NothingLoaded provider = new NothingLoaded();
        assertTrue(validator(provider).validate(new Entity()).isEmpty());
        assertEquals(1, provider.asked.size());
    }
}
