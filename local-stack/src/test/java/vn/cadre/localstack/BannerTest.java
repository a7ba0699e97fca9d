package vn.cadre.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BannerTest {

	@Test
	void theBanner_namesThePasswordFile_asTheWayToSignIn(@TempDir Path data) throws Exception {
		StackSettings settings = new StackSettings(data, data, 9092, 9093, 27017, 27018, 8081, 8082, 8080);
		Files.writeString(settings.adminPasswordFile(), "secret\n");

		String banner = Banner.of(settings);

		assertThat(banner).contains("user 'admin', password in " + settings.adminPasswordFile())
			.contains(settings.usersFile().toString())
			.doesNotContain("none yet")
			.doesNotContain("secret");
	}

	@Test
	void withoutThePasswordFile_theBannerSaysItWasRemoved(@TempDir Path data) {
		StackSettings settings = new StackSettings(data, data, 9092, 9093, 27017, 27018, 8081, 8082, 8080);

		assertThat(Banner.of(settings)).contains("the users of " + settings.usersFile())
			.contains(settings.adminPasswordFile() + " was removed");
	}

	@Test
	void atTheFirstStart_theFirstAdministratorsPasswordIsShownOnce_withWhereItIsKept(@TempDir Path data)
			throws Exception {
		StackSettings settings = new StackSettings(data, data, 9092, 9093, 27017, 27018, 8081, 8082, 8080);
		Files.writeString(settings.adminPasswordFile(), "mat-khau-moi\n");

		assertThat(Banner.firstAdministrator(settings)).contains("user 'admin' (every role), password: mat-khau-moi\n")
			.contains("kept in " + settings.adminPasswordFile() + " (owner-only)");
	}

}
