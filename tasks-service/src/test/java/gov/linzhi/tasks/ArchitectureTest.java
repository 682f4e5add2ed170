package gov.linzhi.tasks;

import com.tngtech.archunit.core.domain.JavaClasses;
import gov.linzhi.platform.testing.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

import java.util.List;

/** tasks-service's core, the RAG calculation, is plain Java; its resources run no queries. */
class ArchitectureTest {

    static final JavaClasses CLASSES = ArchitectureRules.production("gov.linzhi.tasks");
    static final List<String> CORES = List.of("gov.linzhi.tasks.supervision.rag");

    @Test
    void theRagCalculationDependsOnTheJdkAlone() {
        ArchitectureRules.corePackages(CORES).check(CLASSES);
        ArchitectureRules.coresFreeOfTheFramework(CORES).check(CLASSES);
    }

    @Test
    void resourcesRunNoQueries() {
        ArchitectureRules.resourcesRunNoQueries().check(CLASSES);
    }
}
