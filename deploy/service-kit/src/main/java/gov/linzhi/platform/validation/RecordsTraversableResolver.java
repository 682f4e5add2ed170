package gov.linzhi.platform.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import java.lang.annotation.ElementType;

/**
 * Bean Validation's "may this property be read?" question, answered without asking the persistence provider
 * for records: a record is never a JPA entity (an entity needs a no-argument constructor and mutable state), so
 * nothing in it is lazily loaded. Request bodies are records; asking Hibernate about every one of their
 * properties on every request cost a measurable share of a request (subsidy-service README, Benchmarks).
 * Anything else goes to the resolver the specification defines, which consults the persistence provider.
 */
public final class RecordsTraversableResolver implements TraversableResolver {

    private final TraversableResolver forOtherObjects;

    public RecordsTraversableResolver(TraversableResolver forOtherObjects) {
        this.forOtherObjects = forOtherObjects;
    }

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return traversableObject == null || traversableObject.getClass().isRecord()
                || forOtherObjects.isReachable(traversableObject, traversableProperty, rootBeanType, pathToTraversableObject, elementType);
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return traversableObject == null || traversableObject.getClass().isRecord()
                || forOtherObjects.isCascadable(traversableObject, traversableProperty, rootBeanType, pathToTraversableObject, elementType);
    }
}
