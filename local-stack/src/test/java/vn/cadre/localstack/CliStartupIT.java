package vn.cadre.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@code ./cadre} with class data sharing: the first call records an archive, the next
 * one loads the client's classes from it, and a cache folder that cannot be written
 * changes nothing but the speed.
 */
class CliStartupIT {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Path CLI_JAR = ROOT.resolve("cadre-cli/target/cadre-cli-exec.jar");

	@Test
	void theFirstCall_recordsAnArchive_andTheNextLoadsTheClientFromIt(@TempDir Path cache) throws Exception {
		assumeThat(CLI_JAR).as("built by the reactor before this module").exists();

		Run first = cadre(cache, Map.of(), "--version");
		assertThat(first.exit()).isZero();
		assertThat(first.out()).isEqualTo("cadre-ledger 0.1.0\n");
		try (var archives = Files.find(cache, 2, (path, attributes) -> path.toString().endsWith(".jsa"))) {
			assertThat(archives.toList()).singleElement()
				.satisfies(archive -> assertThat(archive.getFileName()).hasToString("cadre-cli.jsa"));
		}

		Path classLoading = cache.resolve("class-load.log");
		Run second = cadre(cache, Map.of("CADRE_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLoading), "--help");
		assertThat(second.exit()).isZero();
		assertThat(second.out()).startsWith("Usage: cadre");
		assertThat(Files.readAllLines(classLoading))
			.anySatisfy(line -> assertThat(line).contains("vn.cadre.cli.Cadre ", "shared objects file (top)"));
	}

	@Test
	void aCacheFolderThatCannotBeWritten_leavesTheClientWorking() throws Exception {
		assumeThat(CLI_JAR).as("built by the reactor before this module").exists();

		// Nothing can create a folder under /proc, not even root.
		Run run = cadre(Path.of("/proc/cadre-cds"), Map.of(), "--version");

		assertThat(run.exit()).isZero();
		assertThat(run.out()).isEqualTo("cadre-ledger 0.1.0\n");
		assertThat(run.err()).isEmpty();
	}

	private record Run(int exit, String out, String err) {

	}

	private static Run cadre(Path cache, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		Path out = Files.createTempFile("cadre-out", ".txt");
		Path err = Files.createTempFile("cadre-err", ".txt");
		try {
			List<String> command = new ArrayList<>(List.of(ROOT.resolve("cadre").toString()));
			command.addAll(List.of(args));
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
				.redirectError(err.toFile());
			builder.environment().put("CADRE_CDS_DIR", cache.toString());
			builder.environment().putAll(environment);
			Process process = builder.start();
			assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("./cadre ended").isTrue();
			return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

}
