package gov.linzhi.platform.validation;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * The validator every service uses: records are traversed without asking the persistence provider, and the
 * per-validation cache of traversal answers is off, since for records the answer costs less than the look-up.
 */
@ApplicationScoped
public class ValidationSetup implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.traversableResolver(new RecordsTraversableResolver(configuration.getDefaultTraversableResolver()))
                .enableTraversableResolverResultCache(false);
    }
}
