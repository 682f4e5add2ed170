package gov.linzhi.subsidy.catalogue;

import gov.linzhi.platform.domain.Label;

/** Public or private (民办). Shown in the catalogue only: 4.6 and 5.11 treat both alike, so no rule reads it. */
public enum Ownership {
    @Label("公办")
    PUBLIC,
    @Label("民办")
    PRIVATE
}
