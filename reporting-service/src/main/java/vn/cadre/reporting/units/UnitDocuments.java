package vn.cadre.reporting.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.reporting.units.UnitView.EdgeView;
import vn.cadre.reporting.units.UnitView.NameView;
import vn.cadre.reporting.units.UnitView.ParentView;
import vn.cadre.reporting.units.UnitView.TypeView;

/**
 * The one mapping between the {@code units} collection's documents and the register's
 * types: the field names the queries filter on, how a unit and each part of its history
 * (names, types, parents, lineage edges, all written as their views) are stored, and how
 * a stored unit reads back as a {@link UnitView} or an outline. Days are stored as
 * ISO-8601 text, so they sort and compare as days.
 */
final class UnitDocuments {

	static final String CODE = "code";

	static final String NAME = "name";

	static final String LEVEL = "level";

	static final String PARENT_ID = "parentId";

	/** Every parent a unit ever had, as an index and a filter name it. */
	static final String PARENTS_PARENT_ID = "parents.parentId";

	static final String ESTABLISHED_ON = "establishedOn";

	static final String DISSOLVED_ON = "dissolvedOn";

	static final String NAMES = "names";

	static final String TYPES = "types";

	static final String PARENTS = "parents";

	static final String PREDECESSORS = "predecessors";

	static final String SUCCESSORS = "successors";

	private static final String LAST_SEQUENCE = "lastSequence";

	private UnitDocuments() {
	}

	/** A unit as its first event registers it, with no successors. */
	static Document unit(String unitId, String code, String name, UnitType type, String parentId,
			LocalDate establishedOn, List<EdgeView> predecessors, String legalBasis) {
		return new Document("_id", unitId).append(CODE, code)
			.append(NAME, name)
			.append(NAMES, List.of(name(new NameView(name, establishedOn))))
			.append("type", type.name())
			.append(TYPES, List.of(type(new TypeView(type.name(), establishedOn))))
			.append(LEVEL, type.level().name())
			.append(PARENT_ID, parentId)
			.append(PARENTS, List.of(parent(new ParentView(parentId, establishedOn))))
			.append(ESTABLISHED_ON, establishedOn.toString())
			.append(PREDECESSORS, predecessors.stream().map(UnitDocuments::edge).toList())
			.append(SUCCESSORS, List.of())
			.append("legalBasis", legalBasis);
	}

	/** The unit renamed from {@code name.from()}. */
	static Document renamed(Document unit, NameView name) {
		return appended(unit.append(NAME, name.name()), NAMES, List.of(name(name)));
	}

	/** The unit of another type from {@code type.from()}. */
	static Document retyped(Document unit, TypeView type) {
		return appended(unit.append("type", type.type()), TYPES, List.of(type(type)));
	}

	/** The unit under another parent from {@code parent.from()}. */
	static Document reparented(Document unit, ParentView parent) {
		return appended(unit.append(PARENT_ID, parent.parentId()), PARENTS, List.of(parent(parent)));
	}

	/**
	 * The unit with more lineage edges under {@code field}, predecessors or successors.
	 */
	static Document linked(Document unit, String field, List<EdgeView> edges) {
		return appended(unit, field, edges.stream().map(UnitDocuments::edge).toList());
	}

	/** The unit ended on {@code lastDay}: MERGED, SPLIT or DISSOLVED. */
	static Document ended(Document unit, LocalDate lastDay, String how) {
		return unit.append(DISSOLVED_ON, lastDay.toString()).append("endedBy", how);
	}

	/** The unit as changed by {@code event}, which it remembers not to apply twice. */
	static Document applied(Document unit, PublishedEvent event) {
		return unit.append(LAST_SEQUENCE, event.sequence())
			.append("lastPosition", event.position())
			.append("recordedAt", event.recordedAt().toString());
	}

	/** The sequence, in the unit's stream, of the last event applied to it. */
	static long lastSequence(Document unit) {
		return unit.get(LAST_SEQUENCE, Number.class).longValue();
	}

	static UnitView view(Document document) {
		return new UnitView(document.getString("_id"), document.getString(CODE), document.getString(NAME),
				document.getList(NAMES, Document.class, List.of())
					.stream()
					.map(name -> new NameView(name.getString("name"), LocalDate.parse(name.getString("from"))))
					.toList(),
				document.getString("type"),
				document.getList(TYPES, Document.class, List.of())
					.stream()
					.map(type -> new TypeView(type.getString("type"), LocalDate.parse(type.getString("from"))))
					.toList(),
				document.getString(LEVEL), document.getString(PARENT_ID),
				document.getList(PARENTS, Document.class, List.of())
					.stream()
					.map(parent -> new ParentView(parent.getString("parentId"),
							LocalDate.parse(parent.getString("from"))))
					.toList(),
				LocalDate.parse(document.getString(ESTABLISHED_ON)), date(document.getString(DISSOLVED_ON)),
				document.getString("endedBy"), edges(document, PREDECESSORS), edges(document, SUCCESSORS),
				document.getString("legalBasis"), document.get("lastPosition", Number.class).longValue(),
				Instant.parse(document.getString("recordedAt")));
	}

	/** The fields an outline reads, for a projection of the query. */
	static final List<String> OUTLINE_FIELDS = List.of(NAME, LEVEL, ESTABLISHED_ON, DISSOLVED_ON);

	static UnitOutline outline(Document document) {
		return new Outline(document.getString("_id"), document.getString(NAME), document.getString(LEVEL),
				LocalDate.parse(document.getString(ESTABLISHED_ON)), date(document.getString(DISSOLVED_ON)));
	}

	/** The ids of every parent a unit ever had, from a document holding its parents. */
	static List<String> parentIds(Document document) {
		return document.getList(PARENTS, Document.class, List.of())
			.stream()
			.map(parent -> parent.getString("parentId"))
			.toList();
	}

	private static Document name(NameView name) {
		return new Document("name", name.name()).append("from", name.from().toString());
	}

	private static Document type(TypeView type) {
		return new Document("type", type.type()).append("from", type.from().toString());
	}

	private static Document parent(ParentView parent) {
		return new Document("parentId", parent.parentId()).append("from", parent.from().toString());
	}

	private static Document edge(EdgeView edge) {
		return new Document("unitId", edge.unitId()).append("share", edge.share())
			.append("on", edge.on().toString())
			.append("restructuringId", edge.restructuringId())
			.append("legalBasis", edge.legalBasis());
	}

	private static List<EdgeView> edges(Document document, String field) {
		return document.getList(field, Document.class, List.of())
			.stream()
			.map(edge -> new EdgeView(edge.getString("unitId"), edge.getString("share"),
					LocalDate.parse(edge.getString("on")), edge.getString("restructuringId"),
					edge.getString("legalBasis")))
			.toList();
	}

	private static Document appended(Document unit, String field, List<Document> added) {
		List<Document> all = new ArrayList<>(unit.getList(field, Document.class, List.of()));
		all.addAll(added);
		return unit.append(field, all);
	}

	private static LocalDate date(String value) {
		return (value != null) ? LocalDate.parse(value) : null;
	}

	private record Outline(String unitId, String name, String level, LocalDate establishedOn,
			LocalDate dissolvedOn) implements UnitOutline {

	}

}
