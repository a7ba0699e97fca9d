package vn.cadre.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.library.dependencies.Slice;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps Kafka in the messaging package, read models independent of each other, and the
 * queries that combine them above them.
 */
class ArchitectureTest {

	private static final Set<String> INFRASTRUCTURE = Set.of("messaging", "projection", "deadletters", "config", "web");

	/** Query features that read several read models; no read model reads them. */
	private static final Set<String> QUERIES = Set.of("measures", "report", "audit");

	private static final JavaClasses SERVICE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.cadre.reporting");

	@Test
	void onlyMessaging_importsKafka() {
		noClasses().that()
			.resideOutsideOfPackages("vn.cadre.reporting.messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
			.check(SERVICE);
	}

	@Test
	void readModels_doNotDependOnEachOther() {
		slices().matching("vn.cadre.reporting.(*)..")
			.namingSlices("$1")
			.that(DescribedPredicate.describe("are read models",
					(Slice slice) -> !INFRASTRUCTURE.contains(slice.getNamePart(1))
							&& !QUERIES.contains(slice.getNamePart(1))))
			.should()
			.notDependOnEachOther()
			.check(SERVICE);
	}

	@Test
	void readModels_doNotDependOnTheQueriesOverThem() {
		noClasses().that()
			.resideInAnyPackage("vn.cadre.reporting.units..", "vn.cadre.reporting.mandates..",
					"vn.cadre.reporting.briefings..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("vn.cadre.reporting.measures..", "vn.cadre.reporting.report..",
					"vn.cadre.reporting.audit..")
			.check(SERVICE);
	}

	@Test
	void onlyMessaging_knowsHowEventsArrive() {
		noClasses().that()
			.resideOutsideOfPackages("vn.cadre.reporting.messaging..", "vn.cadre.reporting.config..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("vn.cadre.reporting.messaging..")
			.check(SERVICE);
	}

}
