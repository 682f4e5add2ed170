package gov.linzhi.subsidy.catalogue;

/** Where an institution stands: only ACTIVE institutions are paid for; DISQUALIFIED (7.17 取缔) is final. */
public enum InstitutionStatus {
    ACTIVE, SUSPENDED, DISQUALIFIED
}
