package gov.linzhi.subsidy.api;

import gov.linzhi.platform.openapi.EnumCatalogue;
import gov.linzhi.subsidy.catalogue.InstitutionKind;
import gov.linzhi.subsidy.catalogue.InstitutionStatus;
import gov.linzhi.subsidy.catalogue.Ownership;
import gov.linzhi.subsidy.claims.ClaimStatus;
import gov.linzhi.subsidy.claims.ClawbackCategory;
import gov.linzhi.subsidy.rules.Group;
import gov.linzhi.subsidy.rules.KeyGroup;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Payee;
import gov.linzhi.subsidy.rules.Programme;
import gov.linzhi.subsidy.rules.Provider;

import java.util.List;

/** The enums subsidy-service's API shows, each value with its Chinese meaning in the OpenAPI document. */
public class ApiEnums implements EnumCatalogue {

    @Override
    @SuppressWarnings("deprecation") // KeyGroup is still accepted, so still described
    public List<Class<? extends Enum<?>>> enums() {
        return List.of(Level.class, Programme.class, Programme.Family.class, Group.class, KeyGroup.class, Payee.class,
                Provider.class, ClaimStatus.class, ClawbackCategory.class, Ownership.class, InstitutionKind.class,
                InstitutionStatus.class);
    }
}
