package gov.linzhi.platform.testing;

import gov.linzhi.platform.openapi.EnumCatalogue;

import java.util.List;

/** The probe resource's enum, described like every service's (it shows in the documents the tests read). */
public class ProbeEnums implements EnumCatalogue {

    @Override
    public List<Class<? extends Enum<?>>> enums() {
        return List.of(ProbeResource.Level.class);
    }
}
