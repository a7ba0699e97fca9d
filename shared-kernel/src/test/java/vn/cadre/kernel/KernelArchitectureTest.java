package vn.cadre.kernel;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The published language stays plain Java, so any reader can depend on it without a
 * framework.
 */
class KernelArchitectureTest {

	private static final JavaClasses KERNEL = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.cadre.kernel");

	@Test
	void kernel_dependsOnlyOnTheJdk() {
		classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.cadre.kernel..").check(KERNEL);
	}

	@Test
	void events_areRecords() {
		classes().that().implement(CadreEvent.class).and().areNotInterfaces().should().beRecords().check(KERNEL);
	}

	@Test
	void events_declareTheirSchemaRevision() {
		classes().that()
			.implement(CadreEvent.class)
			.and()
			.areNotInterfaces()
			.should()
			.beAnnotatedWith(EventRevision.class)
			.check(KERNEL);
	}

}
