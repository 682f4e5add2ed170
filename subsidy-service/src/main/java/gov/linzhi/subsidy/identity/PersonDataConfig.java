package gov.linzhi.subsidy.identity;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** Produces the {@link PersonDataCrypto} from the two keys; the service refuses to start without them. */
@ApplicationScoped
public class PersonDataConfig {

    @Produces
    @Startup
    @ApplicationScoped
    PersonDataCrypto crypto(
            @ConfigProperty(name = "subsidy.person-data.encryption-key") Optional<String> encryptionKey,
            @ConfigProperty(name = "subsidy.person-data.lookup-key") Optional<String> lookupKey) {
        return new PersonDataCrypto(
                PersonDataCrypto.decodeKey("PERSON_DATA_KEY (subsidy.person-data.encryption-key)", encryptionKey.orElse(null)),
                PersonDataCrypto.decodeKey("PERSON_LOOKUP_KEY (subsidy.person-data.lookup-key)", lookupKey.orElse(null)));
    }
}
