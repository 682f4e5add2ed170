package gov.linzhi.gazette;

import com.tngtech.archunit.core.domain.JavaClasses;
import gov.linzhi.platform.testing.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * gazette-service's core, the parser, is plain Java (with the value types of gazette-vocabulary, plain Java too); its
 * resources run no queries.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = ArchitectureRules.production("gov.linzhi.gazette");
    static final List<String> CORES = List.of("gov.linzhi.gazette.parsing");

    @Test
    void theParserDependsOnTheJdkAndTheSharedVocabularyAlone() {
        ArchitectureRules.corePackages(CORES, "gov.linzhi.gazette.vocabulary..").check(CLASSES);
        ArchitectureRules.coresFreeOfTheFramework(CORES).check(CLASSES);
    }

    @Test
    void resourcesRunNoQueries() {
        ArchitectureRules.resourcesRunNoQueries().check(CLASSES);
    }
}
