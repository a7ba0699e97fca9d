package vn.cadre.kernel.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One stored event as the chain sees it: every field exactly as the event store holds it,
 * payload and metadata as their stored JSON text, so that changing any byte of the stored
 * event changes the link's hash.
 *
 * @param position global position
 * @param eventId unique id of the event
 * @param timestamp record time as the store wrote it (ISO-8601 text)
 * @param aggregateType type of the aggregate, or {@code null}
 * @param aggregateId id of the aggregate, or {@code null}
 * @param sequence sequence within the aggregate
 * @param payloadType stored type name of the payload
 * @param revision stored revision of the payload, or {@code null}
 * @param payload the payload's stored JSON text
 * @param metaData the metadata's stored JSON text (actor, command id, reason, legal
 * basis)
 */
public record ChainLink(long position, String eventId, String timestamp, String aggregateType, String aggregateId,
		long sequence, String payloadType, String revision, String payload, String metaData) {

	public ChainLink {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(timestamp, "timestamp");
		Objects.requireNonNull(payloadType, "payloadType");
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(metaData, "metaData");
	}

	/**
	 * The canonical bytes: a version tag, then every field in a fixed order, each as a
	 * length-prefixed UTF-8 string (absent fields as length -1), so that no two different
	 * events share an encoding however their texts are split.
	 */
	public byte[] canonicalBytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 + this.payload.length() + this.metaData.length());
		field(out, "cadre-chain-link/1");
		field(out, Long.toString(this.position));
		field(out, this.eventId);
		field(out, this.timestamp);
		field(out, this.aggregateType);
		field(out, this.aggregateId);
		field(out, Long.toString(this.sequence));
		field(out, this.payloadType);
		field(out, this.revision);
		field(out, this.payload);
		field(out, this.metaData);
		return out.toByteArray();
	}

	private static void field(ByteArrayOutputStream out, String value) {
		if (value == null) {
			out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
		out.writeBytes(bytes);
	}

}
