package vn.cadre.assignments.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

class PositionAllocatorTest {

	/**
	 * On mongo-java-server this fails without the gate: its {@code $inc} is not atomic
	 * under concurrency.
	 */
	@Test
	void concurrentAllocations_neverOverlap() throws Exception {
		try (MongoClient client = MongoClients.create(TestInfrastructure.mongoUri())) {
			PositionAllocator allocator = new PositionAllocator(
					client.getDatabase("alloc_" + System.nanoTime()).getCollection("counters"), WriteGate.serialized());
			Set<Long> positions = ConcurrentHashMap.newKeySet();
			ExecutorService pool = Executors.newFixedThreadPool(8);
			List<Future<?>> tasks = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				tasks.add(pool.submit(() -> {
					for (int i = 0; i < 500; i++) {
						int size = 1 + (i % 3);
						long last = allocator.allocate(size);
						for (long p = last - size + 1; p <= last; p++) {
							assertThat(positions.add(p)).as("position %d handed out twice", p).isTrue();
						}
					}
				}));
			}
			for (Future<?> task : tasks) {
				task.get();
			}
			pool.shutdown();
			assertThat(positions).hasSize(8 * (167 * 1 + 167 * 2 + 166 * 3));
			assertThat(allocator.lastAllocated()).isEqualTo(positions.size());
		}
	}

}
