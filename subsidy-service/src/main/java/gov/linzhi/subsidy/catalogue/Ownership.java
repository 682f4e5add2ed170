package gov.linzhi.subsidy.catalogue;

/** Public or private (民办). Shown in the catalogue only: 4.6 and 5.11 treat both alike, so no rule reads it. */
public enum Ownership {
    PUBLIC, PRIVATE
}
