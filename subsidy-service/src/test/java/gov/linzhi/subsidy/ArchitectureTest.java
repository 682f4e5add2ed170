package gov.linzhi.subsidy;

import com.tngtech.archunit.core.domain.JavaClasses;
import gov.linzhi.platform.testing.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * subsidy-service's core, the rule engine, is plain Java with the libraries it is built on (CEL for conditions,
 * SnakeYAML and a JSON schema validator for the rule-set files, Jackson for their JSON form); its resources run no
 * queries.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = ArchitectureRules.production("gov.linzhi.subsidy");
    static final List<String> CORES = List.of("gov.linzhi.subsidy.rules");

    @Test
    void theRuleEngineDependsOnTheJdkAndItsLibrariesAlone() {
        ArchitectureRules.corePackages(CORES, "dev.cel..", "com.google.common..", "com.google.protobuf..",
                "org.yaml.snakeyaml..", "com.networknt.schema..", "com.fasterxml.jackson..").check(CLASSES);
        ArchitectureRules.coresFreeOfTheFramework(CORES).check(CLASSES);
    }

    @Test
    void resourcesRunNoQueries() {
        ArchitectureRules.resourcesRunNoQueries().check(CLASSES);
    }
}
