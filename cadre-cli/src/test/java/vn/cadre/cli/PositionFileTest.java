package vn.cadre.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PositionFileTest {

	private static final String STACK = "http://127.0.0.1:8081";

	@TempDir
	Path folder;

	@Test
	void aNewFile_knowsNoPosition_andIsCreatedWithItsFolderOnTheFirstRecord() {
		PositionFile positions = new PositionFile(this.folder.resolve(".cadre").resolve("position"));

		assertThat(positions.highest(STACK)).isEmpty();
		positions.record(STACK, 12);

		assertThat(positions.highest(STACK)).hasValue(12);
		assertThat(positions.highest(STACK + "/")).as("the same service, with a trailing slash").hasValue(12);
	}

	@Test
	void theHighestPosition_isKept_perService() {
		PositionFile positions = new PositionFile(this.folder.resolve("position"));

		positions.record(STACK, 40);
		positions.record(STACK, 39);
		positions.record("http://127.0.0.1:9081", 3);

		assertThat(positions.highest(STACK)).hasValue(40);
		assertThat(new PositionFile(this.folder.resolve("position")).highest("http://127.0.0.1:9081")).hasValue(3);
	}

	@Test
	void concurrentRecords_leaveTheHighest_andNoTemporaryFileBehind() throws Exception {
		Path file = this.folder.resolve("position");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 1; i <= 200; i++) {
				long position = i;
				done.add(pool.submit(() -> new PositionFile(file).record(STACK, position)));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(new PositionFile(file).highest(STACK)).hasValue(200);
		try (var entries = Files.list(this.folder)) {
			assertThat(entries.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("position",
					"position.lock");
		}
	}

	@Test
	void anUnreadableValue_countsAsNoPosition_andIsReplaced() throws Exception {
		Path file = this.folder.resolve("position");
		Files.writeString(file, "http\\://127.0.0.1\\:8081=khong-phai-so\n");
		PositionFile positions = new PositionFile(file);

		assertThat(positions.highest(STACK)).isEmpty();
		positions.record(STACK, 5);
		assertThat(positions.highest(STACK)).hasValue(5);
	}

}
