package vn.cadre.assignments;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps frameworks at the edges of the command side. */
class ArchitectureTest {

	private static final JavaClasses SERVICE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.cadre.assignments");

	@Test
	void aggregatesAndCommands_doNotUseSpring() {
		noClasses().that()
			.resideInAnyPackage("vn.cadre.assignments.unit", "vn.cadre.assignments.person",
					"vn.cadre.assignments.document", "vn.cadre.assignments.mandate", "vn.cadre.assignments.briefing")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.servlet..", "vn.cadre.assignments.config..")
			.check(SERVICE);
	}

	@Test
	void onlyPublishingAndConfig_talkToKafka() {
		noClasses().that()
			.resideOutsideOfPackages("vn.cadre.assignments.publishing..", "vn.cadre.assignments.config..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
			.check(SERVICE);
	}

	@Test
	void theEventStore_doesNotKnowTheDomain() {
		noClasses().that()
			.resideInAnyPackage("vn.cadre.assignments.eventstore..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("vn.cadre.assignments.unit..", "vn.cadre.kernel..", "org.springframework..")
			.check(SERVICE);
	}

}
