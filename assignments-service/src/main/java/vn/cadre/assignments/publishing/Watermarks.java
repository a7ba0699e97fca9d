package vn.cadre.assignments.publishing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.common.PartitionInfo;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.EventTrackerStatusChangeListener;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import vn.cadre.kernel.Watermark;

/**
 * Sends a {@link Watermark} to every partition of the event topic once a batch is
 * acknowledged and its token stored, so a reader knows how far the global order has
 * reached it. At most one round per interval, on a thread of its own so the publisher
 * never waits for it; the latest position always goes out within about an interval, so a
 * system that falls quiet ends with a mark at its last event. Only the instance that
 * holds the publisher sends any: the marks come from its batches, and from its
 * processor's status when it catches up (at start with nothing to publish, it still tells
 * the head).
 */
public class Watermarks implements EventTrackerStatusChangeListener, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Watermarks.class);

	private static final Duration RETRY = Duration.ofSeconds(1);

	private final KafkaTemplate<String, String> kafka;

	private final ObjectMapper json;

	private final String topic;

	private final Duration interval;

	private final Duration timeout;

	private final LongSupplier storeHead;

	private final Clock clock;

	private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "watermarks");
		thread.setDaemon(true);
		return thread;
	});

	private long through = -1;

	private boolean due;

	private long lastRound;

	public Watermarks(KafkaTemplate<String, String> kafka, ObjectMapper json, String topic, Duration interval,
			Duration timeout, LongSupplier storeHead, Clock clock) {
		this.kafka = kafka;
		this.json = json;
		this.topic = topic;
		this.interval = interval;
		this.timeout = timeout;
		this.storeHead = storeHead;
		this.clock = clock;
		this.lastRound = System.nanoTime() - interval.toNanos();
	}

	/** Every event up to {@code position} is acknowledged and its token stored. */
	public synchronized void published(long position) {
		this.through = Math.max(this.through, position);
		long wait = this.lastRound + this.interval.toNanos() - System.nanoTime();
		schedule(Math.max(0, wait));
	}

	/**
	 * A caught-up processor has published everything up to its token; said on start too,
	 * where there may be nothing to publish.
	 */
	@Override
	public void onEventTrackerStatusChange(Map<Integer, EventTrackerStatus> statuses) {
		for (EventTrackerStatus status : statuses.values()) {
			if (status.isCaughtUp() && !status.isErrorState() && !status.trackerRemoved()) {
				published(position(status.getTrackingToken()));
			}
		}
	}

	private static long position(TrackingToken token) {
		return (token != null) ? token.position().orElse(0) : 0;
	}

	private void schedule(long delayNanos) {
		if (this.due) {
			return;
		}
		try {
			this.rounds.schedule(this::round, delayNanos, TimeUnit.NANOSECONDS);
			this.due = true;
		}
		catch (RejectedExecutionException ex) {
			log.debug("Watermarks stopped; no mark at {}", this.through);
		}
	}

	private void round() {
		long position;
		synchronized (this) {
			this.due = false;
			this.lastRound = System.nanoTime();
			position = this.through;
		}
		try {
			send(new Watermark(position, Math.max(position, this.storeHead.getAsLong()), this.clock.instant()));
		}
		catch (Exception ex) {
			log.warn("Watermark at {} not sent yet: {}", position, ex.toString());
			synchronized (this) {
				schedule(RETRY.toNanos());
			}
		}
	}

	private void send(Watermark mark) throws Exception {
		List<PartitionInfo> partitions = this.kafka.partitionsFor(this.topic);
		CompletableFuture<?>[] acknowledgements = new CompletableFuture<?>[partitions.size()];
		for (int i = 0; i < acknowledgements.length; i++) {
			acknowledgements[i] = this.kafka
				.send(TopicRecords.watermark(this.topic, partitions.get(i).partition(), mark, this.json));
		}
		CompletableFuture.allOf(acknowledgements).get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		this.rounds.shutdownNow();
	}

}
