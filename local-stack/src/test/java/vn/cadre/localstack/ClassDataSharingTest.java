package vn.cadre.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataSharingTest {

	@TempDir
	Path folder;

	@Test
	void aJvmThatStopsInOrder_publishesItsArchive_andTheNextStartMapsIt() throws Exception {
		Path jar = probeJar();
		Path cache = this.folder.resolve("cds");

		ClassDataSharing first = ClassDataSharing.forClasspath("probe", jar.toString(), cache);
		assertThat(first.options()).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");
		assertThat(run(first, jar, List.of())).isZero();
		assertThat(archives(cache)).singleElement().satisfies((archive) -> {
			assertThat(archive.getFileName()).hasToString("probe.jsa");
			assertThat(Files.size(archive)).isPositive();
		});

		ClassDataSharing next = ClassDataSharing.forClasspath("probe", jar.toString(), cache);
		assertThat(next.options()).singleElement().asString().startsWith("-XX:SharedArchiveFile=");
		// -Xshare:on makes a JVM that cannot map the archive fail instead of going on
		// without it.
		Path log = this.folder.resolve("logs").resolve("probe.log");
		assertThat(run(next, jar, List.of("-Xshare:on", "-Xlog:class+load=info"))).isZero();
		assertThat(Files.readAllLines(log)).anyMatch(
				(line) -> line.contains(ArchiveProbe.class.getName()) && line.contains("shared objects file (top)"));
	}

	@Test
	void anArchiveCutShortByAKill_isDropped_andTheNextStartRecordsAgain() throws IOException {
		Path jar = probeJar();
		Path cache = this.folder.resolve("cds");
		ClassDataSharing killed = ClassDataSharing.forClasspath("probe", jar.toString(), cache);
		Path recording = Path.of(killed.options().get(0).substring("-XX:ArchiveClassesAtExit=".length()));
		Files.writeString(recording, "half an archive");

		killed.ended(137);

		assertThat(recording).doesNotExist();
		assertThat(archives(cache)).isEmpty();
		assertThat(ClassDataSharing.forClasspath("probe", jar.toString(), cache).options()).singleElement()
			.asString()
			.startsWith("-XX:ArchiveClassesAtExit=");
	}

	@Test
	void aToolBesideTheRecordingJvm_startsWithoutAnArchiveUntilOneIsPublished() throws IOException {
		Path jar = probeJar();
		Path cache = this.folder.resolve("cds");

		ClassDataSharing recording = ClassDataSharing.forClasspath("probe", jar.toString(), cache);
		assertThat(recording.mappingOnly()).isEmpty();

		publish(recording);
		assertThat(ClassDataSharing.forClasspath("probe", jar.toString(), cache).mappingOnly()).singleElement()
			.asString()
			.startsWith("-XX:SharedArchiveFile=");
	}

	@Test
	void aRebuiltJar_getsAnArchiveOfItsOwn() throws IOException {
		Path jar = probeJar();
		Path cache = this.folder.resolve("cds");
		publish(ClassDataSharing.forClasspath("probe", this.folder + "/*", cache));

		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

		assertThat(ClassDataSharing.forClasspath("probe", this.folder + "/*", cache).options()).singleElement()
			.asString()
			.startsWith("-XX:ArchiveClassesAtExit=");
	}

	@Test
	void aJarThatCannotBeExtracted_startsAsItIs() throws IOException {
		Path jar = probeJar();

		ClassDataSharing sharing = ClassDataSharing.forServiceJar("probe", jar, this.folder.resolve("cds"),
				this.folder.resolve("logs"), Map.of());

		assertThat(sharing.options()).isEmpty();
		assertThat(sharing.jar()).isEqualTo(jar);
		assertThat(this.folder.resolve("cds")).isEmptyDirectory();
	}

	@Test
	void switchedOff_aServiceStartsFromItsExecutableJar() throws IOException {
		Path jar = probeJar();

		ClassDataSharing sharing = ClassDataSharing.forServiceJar("probe", jar, this.folder.resolve("cds"),
				this.folder.resolve("logs"), Map.of(ClassDataSharing.SWITCH, "off"));

		assertThat(sharing.options()).isEmpty();
		assertThat(sharing.jar()).isEqualTo(jar);
		assertThat(this.folder.resolve("cds")).doesNotExist();
	}

	private void publish(ClassDataSharing recording) throws IOException {
		Files.writeString(Path.of(recording.options().get(0).substring("-XX:ArchiveClassesAtExit=".length())),
				"an archive");
		recording.ended(143);
	}

	private int run(ClassDataSharing sharing, Path jar, List<String> more) throws Exception {
		List<String> command = new ArrayList<>(sharing.options());
		command.addAll(more);
		command.addAll(List.of("-cp", jar.toString(), ArchiveProbe.class.getName()));
		ChildProcess probe = ChildProcess.startJava("probe", command, Map.of(), this.folder.resolve("logs"));
		probe.whenEnded(sharing::ended);
		assertThat(probe.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
		probe.close();
		return probe.exitCode();
	}

	private static List<Path> archives(Path cache) throws IOException {
		try (Stream<Path> files = Files.walk(cache)) {
			return files.filter((file) -> file.toString().contains(".jsa")).toList();
		}
	}

	/**
	 * A plain jar holding {@link ArchiveProbe}, as the broker's class path holds Kafka's.
	 */
	private Path probeJar() throws IOException {
		Path jar = this.folder.resolve("probe.jar");
		String entry = ArchiveProbe.class.getName().replace('.', '/') + ".class";
		try (OutputStream file = Files.newOutputStream(jar);
				JarOutputStream out = new JarOutputStream(file);
				InputStream in = ArchiveProbe.class.getClassLoader().getResourceAsStream(entry)) {
			out.putNextEntry(new JarEntry(entry));
			in.transferTo(out);
			out.closeEntry();
		}
		return jar;
	}

}
