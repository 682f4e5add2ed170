package gov.linzhi.subsidy.identity;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Produces the {@link PersonDataCrypto} from the two keys; the service refuses to start without valid ones. */
@ApplicationScoped
public class PersonDataConfig {

    @Produces
    @Startup
    @ApplicationScoped
    PersonDataCrypto crypto(PersonDataKeys keys) {
        return new PersonDataCrypto(
                PersonDataCrypto.decodeKey("PERSON_DATA_KEY (subsidy.person-data.encryption-key)", keys.encryptionKey()),
                PersonDataCrypto.decodeKey("PERSON_LOOKUP_KEY (subsidy.person-data.lookup-key)", keys.lookupKey()));
    }
}
