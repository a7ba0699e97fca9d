package vn.cadre.localstack;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Class data sharing (AppCDS) for the stack's JVMs. Most of a service's or a broker's
 * start on two cores is loading and verifying classes (some twenty thousand for a
 * service); the first start records those it loaded into an archive when it stops, and
 * later starts map the archive instead. An archive needs plain jars on the class path, so
 * a service's executable jar is extracted once (Spring Boot's
 * {@code -Djarmode=tools extract}). Each archive lives in a folder named after what it
 * was recorded from (the jar or the class path's jars, by size and time) and the JDK: a
 * rebuild or another JDK gets a folder and an archive of its own. Where the folder cannot
 * be written or the extraction fails, the JVM starts as it would without; an archive the
 * JVM cannot map is ignored by the JVM, with a warning in the process's log.
 */
final class ClassDataSharing {

	/**
	 * Set to {@code off} in the stack's environment to start every JVM without archives.
	 */
	static final String SWITCH = "CADRE_SERVICE_CDS";

	/**
	 * Exit codes after which the JVM has written its archive: it stopped by itself or on
	 * a signal to stop.
	 */
	private static final List<Integer> ORDERLY_EXITS = List.of(0, 130, 143);

	private static final Duration EXTRACTION_TIMEOUT = Duration.ofMinutes(2);

	private final List<String> options;

	private final Path jar;

	private final Path recording;

	private final Path archive;

	private ClassDataSharing(List<String> options, Path jar, Path recording, Path archive) {
		this.options = options;
		this.jar = jar;
		this.recording = recording;
		this.archive = archive;
	}

	/**
	 * How to launch a service's executable {@code jar}: from its extracted copy, with the
	 * archive recorded earlier or recording one.
	 * @param cache the folder holding one folder per archive
	 */
	static ClassDataSharing forServiceJar(String name, Path jar, Path cache, Path logs,
			Map<String, String> environment) {
		if (switchedOff(environment)) {
			return without(jar);
		}
		try {
			Path folder = cache.resolve(name + "-" + fingerprint(List.of(jar)));
			Path extracted = folder.resolve(jar.getFileName());
			if (!Files.isRegularFile(extracted) && !extract(name, jar, cache, folder, logs)) {
				return without(jar);
			}
			return archiveIn(folder, name, extracted);
		}
		catch (IOException ex) {
			return without(jar);
		}
	}

	/**
	 * The archive for a JVM of plain jars ({@code classpath} as given to {@code -cp},
	 * folders ending in {@code *}): mapped once written, recorded until then. The switch
	 * is read from the launcher's environment, which such a JVM inherits unchanged.
	 */
	static ClassDataSharing forClasspath(String name, String classpath, Path cache) {
		if (switchedOff(Map.of())) {
			return without(null);
		}
		try {
			List<Path> jars = new ArrayList<>();
			for (String entry : classpath.split(File.pathSeparator)) {
				jars.addAll(entry.endsWith("*") ? jarsIn(Path.of(entry.substring(0, entry.length() - 1)))
						: List.of(Path.of(entry)));
			}
			return archiveIn(Files.createDirectories(cache.resolve(name + "-" + fingerprint(jars))), name, null);
		}
		catch (IOException ex) {
			return without(null);
		}
	}

	private static boolean switchedOff(Map<String, String> environment) {
		return "off".equalsIgnoreCase(environment.getOrDefault(SWITCH, System.getenv().getOrDefault(SWITCH, "")));
	}

	private static ClassDataSharing without(Path jar) {
		return new ClassDataSharing(List.of(), jar, null, null);
	}

	private static ClassDataSharing archiveIn(Path folder, String name, Path jar) {
		Path archive = folder.resolve(name + ".jsa");
		if (Files.isRegularFile(archive)) {
			return new ClassDataSharing(List.of("-XX:SharedArchiveFile=" + archive), jar, null, null);
		}
		// Under a name of its own, so that two JVMs recording at once never read each
		// other's half-written archive; published when it ends well.
		Path recording = folder.resolve(name + ".jsa." + UUID.randomUUID());
		return new ClassDataSharing(List.of("-XX:ArchiveClassesAtExit=" + recording), jar, recording, archive);
	}

	private static List<Path> jarsIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.toString().endsWith(".jar")).sorted().toList();
		}
	}

	/**
	 * What an archive was recorded from: the jars' names, sizes and times, and the JDK.
	 */
	private static String fingerprint(List<Path> jars) throws IOException {
		StringBuilder what = new StringBuilder(Runtime.version().toString());
		for (Path jar : jars) {
			what.append('|')
				.append(jar.toAbsolutePath())
				.append(':')
				.append(Files.size(jar))
				.append(':')
				.append(Files.getLastModifiedTime(jar).toMillis());
		}
		CRC32 crc = new CRC32();
		crc.update(what.toString().getBytes(StandardCharsets.UTF_8));
		return Long.toHexString(crc.getValue());
	}

	/** Extracts into a scratch folder first, so that a folder that exists is whole. */
	private static boolean extract(String name, Path jar, Path cache, Path folder, Path logs) {
		Path scratch = null;
		try {
			scratch = Files.createTempDirectory(Files.createDirectories(cache), "." + name + "-");
			ChildProcess.runJava(name + "-extract", List.of("-Djarmode=tools", "-jar", jar.toString(), "extract",
					"--destination", scratch.resolve("app").toString()), logs, EXTRACTION_TIMEOUT);
			Files.move(scratch.resolve("app"), folder, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (FileAlreadyExistsException | DirectoryNotEmptyException ex) {
			// Another start extracted the same jar meanwhile: its folder serves as well.
			return Files.isRegularFile(folder.resolve(jar.getFileName()));
		}
		catch (IOException | StackException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			deleteQuietly(scratch);
		}
	}

	/** The JVM options that map or record the archive: none without one. */
	List<String> options() {
		return this.options;
	}

	/**
	 * The options for another, short-lived JVM of the same classes (a tool run before the
	 * one that records): the archive once published, none while it is not, since only the
	 * JVM that records may write it.
	 */
	List<String> mappingOnly() {
		return this.recording == null ? this.options : List.of();
	}

	/** The jar to launch a service from: the extracted one, or the executable jar. */
	Path jar() {
		return this.jar;
	}

	/**
	 * Called once the JVM has ended: an archive recorded by a JVM that stopped in order
	 * is published for the next starts; one cut short by a kill is dropped.
	 */
	void ended(int exitCode) {
		if (this.recording == null) {
			return;
		}
		try {
			if (ORDERLY_EXITS.contains(exitCode) && Files.isRegularFile(this.recording)
					&& Files.size(this.recording) > 0) {
				Files.move(this.recording, this.archive, StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
			else {
				Files.deleteIfExists(this.recording);
			}
		}
		catch (IOException ex) {
			// The next start records again.
		}
	}

	private static void deleteQuietly(Path folder) {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			List<Path> deepestFirst = new ArrayList<>(paths.toList());
			deepestFirst.sort(Comparator.reverseOrder());
			for (Path path : deepestFirst) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// Scratch left in the cache folder; it starts with a dot and serves nothing.
		}
	}

}
