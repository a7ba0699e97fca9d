package vn.cadre.reporting.mandates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.MandateEvent;
import vn.cadre.kernel.mandate.PositionAssigned;

/**
 * A mandate version as {@code mandate_versions} stores it: its facts and where they came
 * from (the event, the documents cited for an end or a correction). The one mapping
 * between that collection's documents and the versions the queries answer with: the field
 * names the queries filter on are named here, and every write and read of a version
 * passes {@link #document()} and {@link #of(Document)}.
 *
 * @param sequence the sequence, in its unit's stream, of the event that made it
 * @param endLegalBasis the document cited when the mandate ended
 * @param restructuringId the restructuring that ended it, if one did
 * @param correctionBasis the document cited for the last correction or the rescission
 */
record StoredVersion(MandateVersion facts, long sequence, String eventId, String endLegalBasis, String restructuringId,
		String correctionBasis) {

	static final String KEY = "key";

	static final String UNIT_ID = "unitId";

	static final String PERSON_ID = "personId";

	static final String RECORDED_FROM = "recordedFrom";

	static final String RECORDED_UNTIL = "recordedUntil";

	/** The version an assignment makes. */
	static StoredVersion assigned(PositionAssigned assigned, PublishedEvent event) {
		MandateVersion facts = new MandateVersion(assigned.unitId(), assigned.mandateId(), assigned.postCode(),
				assigned.personId(), assigned.from(), assigned.until(), false, null, assigned.locality().name(),
				assigned.localityBasis(), assigned.legalBasis(), assigned.concurrentWith(), false, "ASSIGNED", null,
				event.position(), event.recordedAt(), null);
		return new StoredVersion(facts, event.sequence(), event.eventId(), null, null, null);
	}

	/**
	 * The version a later event makes of this one, believed from the event's record time;
	 * null for an event that makes none.
	 */
	StoredVersion after(MandateEvent payload, PublishedEvent event) {
		MandateVersion f = this.facts;
		if (payload instanceof AssignmentEnded ended) {
			return made(new MandateVersion(f.unitId(), f.mandateId(), f.postCode(), f.personId(), f.from(),
					ended.lastDay(), true, ended.cause().name(), f.locality(), f.localityBasis(), f.legalBasis(),
					f.concurrentWith(), f.rescinded(), "ENDED", f.reason(), event.position(), event.recordedAt(), null),
					event, ended.legalBasis(), ended.restructuringId(), this.correctionBasis);
		}
		if (payload instanceof AssignmentCorrected corrected) {
			return made(
					new MandateVersion(f.unitId(), f.mandateId(), corrected.postCode(), corrected.personId(),
							corrected.from(), corrected.until(), f.ended(), f.endCause(), corrected.locality().name(),
							corrected.localityBasis(), f.legalBasis(), corrected.concurrentWith(), f.rescinded(),
							"CORRECTED", corrected.reason(), event.position(), event.recordedAt(), null),
					event, this.endLegalBasis, this.restructuringId, corrected.legalBasis());
		}
		if (payload instanceof AssignmentRescinded rescinded) {
			return made(new MandateVersion(f.unitId(), f.mandateId(), f.postCode(), f.personId(), f.from(), f.until(),
					f.ended(), f.endCause(), f.locality(), f.localityBasis(), f.legalBasis(), f.concurrentWith(), true,
					"RESCINDED", rescinded.reason(), event.position(), event.recordedAt(), null), event,
					this.endLegalBasis, this.restructuringId, rescinded.legalBasis());
		}
		return null;
	}

	private static StoredVersion made(MandateVersion facts, PublishedEvent event, String endLegalBasis,
			String restructuringId, String correctionBasis) {
		return new StoredVersion(facts, event.sequence(), event.eventId(), endLegalBasis, restructuringId,
				correctionBasis);
	}

	/** The same version, believed only until {@code until}. */
	StoredVersion closedAt(Instant until) {
		MandateVersion f = this.facts;
		return new StoredVersion(
				new MandateVersion(f.unitId(), f.mandateId(), f.postCode(), f.personId(), f.from(), f.until(),
						f.ended(), f.endCause(), f.locality(), f.localityBasis(), f.legalBasis(), f.concurrentWith(),
						f.rescinded(), f.change(), f.reason(), f.position(), f.recordedFrom(), until),
				this.sequence, this.eventId, this.endLegalBasis, this.restructuringId, this.correctionBasis);
	}

	/** The mandate's key, its unit and its id: every version of a mandate shares it. */
	String key() {
		return MandateVersion.keyOf(this.facts.unitId(), this.facts.mandateId());
	}

	/** The mandate and the event that made the version: written again, it is the same. */
	String id() {
		return key() + "#" + this.sequence;
	}

	/** The stored document; a cited document or cause left out when there is none. */
	Document document() {
		MandateVersion f = this.facts;
		Document document = new Document("_id", id()).append(KEY, key())
			.append(UNIT_ID, f.unitId())
			.append("mandateId", f.mandateId())
			.append("postCode", f.postCode())
			.append(PERSON_ID, f.personId())
			.append("from", f.from().toString())
			.append("until", (f.until() != null) ? f.until().toString() : null)
			.append("ended", f.ended())
			.append("locality", f.locality())
			.append("localityBasis", f.localityBasis())
			.append("legalBasis", f.legalBasis())
			.append("concurrentWith", f.concurrentWith())
			.append("rescinded", f.rescinded())
			.append("change", f.change());
		optional(document, "endCause", f.endCause());
		optional(document, "reason", f.reason());
		optional(document, "endLegalBasis", this.endLegalBasis);
		optional(document, "restructuringId", this.restructuringId);
		optional(document, "correctionBasis", this.correctionBasis);
		return document.append("sequence", this.sequence)
			.append("position", f.position())
			.append("eventId", this.eventId)
			.append(RECORDED_FROM, Date.from(f.recordedFrom()))
			.append(RECORDED_UNTIL, (f.recordedUntil() != null) ? Date.from(f.recordedUntil()) : null);
	}

	/** A stored version, as written now or by earlier releases (which wrote nulls). */
	static StoredVersion of(Document document) {
		Date recordedUntil = document.getDate(RECORDED_UNTIL);
		MandateVersion facts = new MandateVersion(document.getString(UNIT_ID), document.getString("mandateId"),
				document.getString("postCode"), document.getString(PERSON_ID),
				LocalDate.parse(document.getString("from")), date(document.getString("until")),
				document.getBoolean("ended", false), document.getString("endCause"), document.getString("locality"),
				document.getString("localityBasis"), document.getString("legalBasis"),
				List.copyOf(document.getList("concurrentWith", String.class, List.of())),
				document.getBoolean("rescinded", false), document.getString("change"), document.getString("reason"),
				document.get("position", Number.class).longValue(), document.getDate(RECORDED_FROM).toInstant(),
				(recordedUntil != null) ? recordedUntil.toInstant() : null);
		Number sequence = document.get("sequence", Number.class);
		return new StoredVersion(facts, (sequence != null) ? sequence.longValue() : 0, document.getString("eventId"),
				document.getString("endLegalBasis"), document.getString("restructuringId"),
				document.getString("correctionBasis"));
	}

	private static void optional(Document document, String field, String value) {
		if (value != null) {
			document.append(field, value);
		}
	}

	private static LocalDate date(String value) {
		return (value != null) ? LocalDate.parse(value) : null;
	}

}
