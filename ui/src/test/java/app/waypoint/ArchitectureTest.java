package app.waypoint;

import app.waypoint.base.ui.DateField;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.datepicker.DatePicker;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module and package rules of DESIGN.md, checked on the compiled application. */
@AnalyzeClasses(packages = "app.waypoint",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeAotGenerated.class})
class ArchitectureTest {

    /**
     * Leaves out the classes Spring AOT writes beside the application's own when the production jar is built
     * (bean definitions, repositories, accessors, proxies: names with {@code __} or {@code $$SpringCGLIB$$}).
     */
    static final class DoNotIncludeAotGenerated implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("__") && !location.contains("$$SpringCGLIB$$");
        }
    }

    @ArchTest
    static final ArchRule layersDependDownwardOnly = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("ui").definedBy("app.waypoint..ui..")
            .layer("service").definedBy("app.waypoint..service..")
            .layer("domain").definedBy("app.waypoint..domain..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("service").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("service", "ui");

    @ArchTest
    static final ArchRule viewsNeverTouchRepositories = noClasses().that().resideInAPackage("app.waypoint..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call services; services own the data");

    @ArchTest
    static final ArchRule viewsNeverHandleEntities = noClasses().that().resideInAPackage("app.waypoint..ui..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("services hand views records, not persistent entities");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("app.waypoint.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyServiceChecksItsCaller = classes().that().areAnnotatedWith(Service.class)
            .should().beAnnotatedWith(PreAuthorize.class);

    @ArchTest
    static final ArchRule viewsUseOnlySecuredServicesAndRecords = noClasses().that()
            .resideInAPackage("app.waypoint..ui..")
            .should().dependOnClassesThat(new DescribedPredicate<JavaClass>(
                    "are in a service package but not a secured service, plain data or a static helper") {
                @Override
                public boolean test(JavaClass type) {
                    return type.getPackageName().matches("app\\.waypoint\\.[a-z]+\\.service(\\..*)?")
                            && !isSecuredService(type) && !type.isRecord() && !type.isEnum()
                            && !type.isAssignableTo(Throwable.class) && !isStaticHelper(type)
                            && !(type.isInterface() && !type.getAllSubclasses().isEmpty()
                            && type.getAllSubclasses().stream().allMatch(ArchitectureTest::isSecuredService))
                            // the sign-up page signs the new person in through the login check itself
                            && !type.isAssignableTo(AuthenticationProvider.class);
                }
            })
            .because("a view reaches data only through a method-secured service; what it gets back is plain data");

    private static boolean isSecuredService(JavaClass type) {
        return type.isAnnotatedWith(Service.class) && type.isAnnotatedWith(PreAuthorize.class);
    }

    private static boolean isStaticHelper(JavaClass type) {
        return type.getMethods().stream().allMatch(method -> method.getModifiers().contains(JavaModifier.STATIC))
                && type.getConstructors().stream().allMatch(made -> made.getModifiers().contains(JavaModifier.PRIVATE));
    }

    @ArchTest
    static final ArchRule packagesFollowFeatureAndLayer = classes().that().resideOutsideOfPackage("app.waypoint")
            .should().resideInAnyPackage("app.waypoint.*.ui..", "app.waypoint.*.service..", "app.waypoint.*.domain..")
            .because("every class lives in app.waypoint.<feature>.<layer>");

    @ArchTest
    static final ArchRule everyDatePickerFollowsThePersonsLanguage = noClasses().that()
            .doNotBelongToAnyOf(DateField.class)
            .should().callConstructorWhere(target(owner(equivalentTo(DatePicker.class))))
            .because("a plain DatePicker opens in English; DateField speaks the person's language");
}
