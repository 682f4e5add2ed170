package gov.linzhi.platform.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture every service keeps, as rules a test checks on its compiled classes: the domain cores (the parser,
 * the rule engine, the RAG calculation) are plain Java that unit tests reach without Quarkus, and resources stay thin,
 * leaving queries to the feature's service and query classes.
 */
public final class ArchitectureRules {

    /** What no core may depend on: the framework, Jakarta EE, persistence. */
    static final String[] FRAMEWORK = {"io.quarkus..", "jakarta..", "javax..", "org.hibernate..", "io.vertx..",
            "org.jboss..", "org.eclipse.microprofile.."};

    private ArchitectureRules() {
    }

    /** The production classes of a service under {@code basePackage}. */
    public static JavaClasses production(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(basePackage);
    }

    /**
     * A core package: its classes depend only on the JDK, on other classes of the cores given, and on the libraries
     * named ({@code "dev.cel.."}), never on the framework.
     */
    public static ArchRule corePackages(List<String> cores, String... libraries) {
        List<String> allowed = new ArrayList<>(List.of("java..", "gov.linzhi.platform.domain.."));
        cores.forEach(core -> allowed.add(core + ".."));
        allowed.addAll(List.of(libraries));
        String[] inCores = cores.stream().map(c -> c + "..").toArray(String[]::new);
        return classes().that().resideInAnyPackage(inCores)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .because("the domain cores are plain Java, reachable by unit tests without Quarkus (their package-info says so)");
    }

    /** The same cores, stated the other way round, so a failure names the framework class reached. */
    public static ArchRule coresFreeOfTheFramework(List<String> cores) {
        return noClasses().that().resideInAnyPackage(cores.stream().map(c -> c + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK)
                .because("the domain cores know nothing of Quarkus, Jakarta EE or persistence");
    }

    /** Resources receive, delegate and answer: no entity manager, no Panache query, no JDBC of their own. */
    public static ArchRule resourcesRunNoQueries() {
        return noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "io.quarkus.hibernate.orm.panache..",
                        "java.sql..", "javax.sql..", "org.hibernate..")
                .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a Panache query of an entity",
                        call -> call.getTargetOwner().isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")))
                .because("queries live in the feature's Queries and Service classes, where they are tested and reused");
    }
}
