package gov.linzhi.subsidy.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts the request names as fields of its own (everything else comes in its {@code facts} map), with
 * the type the service reads each as. A rule set that declares one of them declares it with this type and,
 * for an enum, with exactly the service's codes; the facts the engine itself reads must be declared by every
 * rule set.
 */
public final class CoreFacts {

    public static final String PROGRAMME = "programme";
    public static final String LEVEL = "level";
    public static final String CERTIFICATE_LEVEL = "certificateLevel";
    public static final String OCCUPATION = "occupation";
    public static final String TRAINING_COMPLETED_ON = "trainingCompletedOn";
    public static final String CERTIFICATE_ISSUED_ON = "certificateIssuedOn";
    public static final String APPLIED_ON = "appliedOn";
    public static final String UNEMPLOYMENT_INSURANCE_MONTHS = "unemploymentInsuranceMonths";
    public static final String RECEIVES_MONTHLY_PENSION = "receivesMonthlyPension";
    public static final String INCLUDES_MANDATED_CONTENT = "includesMandatedContent";
    public static final String GROUPS = "groups";
    public static final String BUS_FARE_ONE_WAY = "busFareOneWay";
    public static final String DIFFICULT_ENTERPRISE = "difficultEnterprise";
    public static final String TRAINING_COST = "trainingCost";
    public static final String PROVIDER = "provider";
    public static final String TRAINING_STARTED_ON = "trainingStartedOn";
    public static final String CONTRACT_SIGNED_ON = "contractSignedOn";
    public static final String INSURED_IN_LINZHI = "insuredInLinzhi";
    public static final String PAYEE = "payee";
    public static final String PROJECT_BASED = "projectBased";

    /** Type of each core fact. */
    public static final Map<String, FactType> TYPES;

    /** The codes of the core enum and set facts, as the service's enums have them. */
    public static final Map<String, List<String>> CODES = Map.of(
            PROGRAMME, names(Programme.values()),
            LEVEL, names(Level.values()),
            CERTIFICATE_LEVEL, names(Level.values()),
            GROUPS, names(Group.values()),
            PROVIDER, names(Provider.values()),
            PAYEE, names(Payee.values()));

    /** Facts the engine reads itself (tables' levels, the pair of 6.12, the year, the payee): every rule set declares them. */
    public static final Set<String> ENGINE_READS = Set.of(PROGRAMME, LEVEL, CERTIFICATE_LEVEL, OCCUPATION, TRAINING_COMPLETED_ON,
            APPLIED_ON, PAYEE, PROJECT_BASED);

    static {
        Map<String, FactType> types = new LinkedHashMap<>();
        types.put(PROGRAMME, FactType.ENUM);
        types.put(LEVEL, FactType.ENUM);
        types.put(CERTIFICATE_LEVEL, FactType.ENUM);
        types.put(OCCUPATION, FactType.TEXT);
        types.put(TRAINING_COMPLETED_ON, FactType.DATE);
        types.put(CERTIFICATE_ISSUED_ON, FactType.DATE);
        types.put(APPLIED_ON, FactType.DATE);
        types.put(UNEMPLOYMENT_INSURANCE_MONTHS, FactType.INTEGER);
        types.put(RECEIVES_MONTHLY_PENSION, FactType.BOOL);
        types.put(INCLUDES_MANDATED_CONTENT, FactType.BOOL);
        types.put(GROUPS, FactType.SET);
        types.put(BUS_FARE_ONE_WAY, FactType.DECIMAL);
        types.put(DIFFICULT_ENTERPRISE, FactType.BOOL);
        types.put(TRAINING_COST, FactType.DECIMAL);
        types.put(PROVIDER, FactType.ENUM);
        types.put(TRAINING_STARTED_ON, FactType.DATE);
        types.put(CONTRACT_SIGNED_ON, FactType.DATE);
        types.put(INSURED_IN_LINZHI, FactType.BOOL);
        types.put(PAYEE, FactType.ENUM);
        types.put(PROJECT_BASED, FactType.BOOL);
        TYPES = java.util.Collections.unmodifiableMap(types);
    }

    private CoreFacts() {
    }

    public static boolean isCore(String name) {
        return TYPES.containsKey(name);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
