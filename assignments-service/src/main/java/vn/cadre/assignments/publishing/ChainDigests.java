package vn.cadre.assignments.publishing;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import vn.cadre.assignments.audit.ChainStore;
import vn.cadre.assignments.config.AssignmentsProperties;
import vn.cadre.kernel.chain.ChainDigest;

/**
 * Publishes the chain's head to the digest topic (and the log) every so many sealed
 * events and, while the head moves, at least every interval: the reporting side keeps
 * them, so cutting the tail of the event store, or rewriting it and hashing it again,
 * shows against the last digest.
 */
public class ChainDigests {

	private static final Logger log = LoggerFactory.getLogger(ChainDigests.class);

	private static final String KEY = "chain";

	private final ChainStore chain;

	private final KafkaTemplate<String, String> kafka;

	private final ObjectMapper json;

	private final AssignmentsProperties properties;

	private final Clock clock;

	private final AtomicLong published = new AtomicLong(-1);

	public ChainDigests(ChainStore chain, KafkaTemplate<String, String> kafka, ObjectMapper json,
			AssignmentsProperties properties, Clock clock) {
		this.chain = chain;
		this.kafka = kafka;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Called after each seal; publishes when enough events were sealed since the last.
	 */
	public void sealed(ChainStore.Seal seal) throws Exception {
		long last = this.published.get();
		if (last < 0 || seal.position() - last >= this.properties.digestEveryEvents()) {
			publish(new ChainStore.Head(seal.position(), seal.hash()));
		}
	}

	@Scheduled(fixedDelayString = "${cadre.assignments.digest-interval:60s}",
			initialDelayString = "${cadre.assignments.digest-interval:60s}")
	void onInterval() {
		ChainStore.Head head = this.chain.head();
		if (head.position() > 0 && head.position() != this.published.get()) {
			try {
				publish(head);
			}
			catch (Exception ex) {
				log.warn("Chain digest at position {} not published yet: {}", head.position(), ex.getMessage());
			}
		}
	}

	private synchronized void publish(ChainStore.Head head)
			throws JsonProcessingException, InterruptedException, ExecutionException, TimeoutException {
		if (head.position() <= this.published.get()) {
			return;
		}
		ChainDigest digest = new ChainDigest(head.position(), head.hash(), this.clock.instant());
		this.kafka.send(this.properties.digestTopic(), KEY, this.json.writeValueAsString(digest))
			.get(this.properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
		this.published.set(head.position());
		log.info("Chain digest: position={} hash={}", digest.position(), digest.hash());
	}

}
