package vn.cadre.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * The highest global position that this client's commands stored, per command service (a
 * stack's assignments-service URL), kept between runs so that a later read asks the read
 * side to include them ({@code Cadre-Min-Position}). The file is rewritten whole through
 * a temporary file and a rename, under a lock on a sibling file, so concurrent runs keep
 * the highest position and a reader never sees half a file.
 */
final class PositionFile {

	private static final Object IN_PROCESS = new Object();

	private final Path file;

	PositionFile(Path file) {
		this.file = file.toAbsolutePath();
	}

	Path path() {
		return this.file;
	}

	/** The highest position recorded for the service, if any. */
	OptionalLong highest(String serviceUrl) {
		return highest(load(), key(serviceUrl));
	}

	/** Records a position the service answered with, unless a higher one is recorded. */
	void record(String serviceUrl, long position) {
		synchronized (IN_PROCESS) {
			try {
				Files.createDirectories(this.file.getParent());
				Path lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
				try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
						StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
					Properties positions = load();
					OptionalLong known = highest(positions, key(serviceUrl));
					if (known.isPresent() && known.getAsLong() >= position) {
						return;
					}
					positions.setProperty(key(serviceUrl), Long.toString(position));
					write(positions);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write the position file " + this.file, ex);
			}
		}
	}

	private static OptionalLong highest(Properties positions, String key) {
		try {
			String value = positions.getProperty(key);
			return (value != null) ? OptionalLong.of(Long.parseLong(value.strip())) : OptionalLong.empty();
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	private Properties load() {
		Properties positions = new Properties();
		if (Files.isReadable(this.file)) {
			try (Reader in = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
				positions.load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the position file " + this.file, ex);
			}
		}
		return positions;
	}

	private void write(Properties positions) throws IOException {
		Path temporary = Files.createTempFile(this.file.getParent(), this.file.getFileName().toString(), ".tmp");
		try {
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				positions.store(out, "cadre: the highest position each command service answered this client with");
			}
			try {
				Files.move(temporary, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** One entry per service, whatever trailing slash its URL was given with. */
	private static String key(String serviceUrl) {
		return serviceUrl.strip().replaceAll("/+$", "");
	}

}
