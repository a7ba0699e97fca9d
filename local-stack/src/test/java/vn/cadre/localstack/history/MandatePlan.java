package vn.cadre.localstack.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.post.Post;

/**
 * Plans who holds each post of one unit over one era: a holder from the first day, a new
 * holder at some term changes (the Council chair often the secretary: the policy the
 * report counts) and at random days, a few backdated corrections and an assignment
 * entered in error and rescinded. Decisions are recorded a few days after they take
 * effect.
 */
final class MandatePlan {

	private static final EndCause[] CAUSES = { EndCause.TRANSFERRED, EndCause.RESIGNED, EndCause.RETIRED,
			EndCause.DISMISSED, EndCause.OTHER, EndCause.DIED };

	/** Era bounds and the days on which each post's term changes. */
	record Era(LocalDate start, LocalDate lastChange, Instant recordLimit, Map<String, List<LocalDate>> termDays) {

	}

	private record Current(String mandateId, String personId, LocalDate from) {

	}

	private record Change(LocalDate day, int post, boolean term) {

	}

	private final String mandatePrefix;

	private final List<Post> posts;

	private final List<Holder> pool;

	private final Set<String> localCodes;

	private final Holder outsider;

	private final Era era;

	private final SplittableRandom random;

	private final List<Intent> intents = new ArrayList<>();

	private final Map<String, Current> current = new LinkedHashMap<>();

	private final Map<String, Integer> busy = new HashMap<>();

	private final Map<String, LocalDate> plannedEnd = new HashMap<>();

	private int mandates;

	MandatePlan(String mandatePrefix, List<Post> posts, List<Holder> pool, Set<String> localCodes, Holder outsider,
			Era era, SplittableRandom random) {
		this.mandatePrefix = mandatePrefix;
		this.posts = posts;
		this.pool = pool;
		this.localCodes = localCodes;
		this.outsider = outsider;
		this.era = era;
		this.random = random;
	}

	List<Intent> plan() {
		for (int post = 0; post < this.posts.size(); post++) {
			assign(post, this.era.start(), true, null, recorded(this.era.start()));
		}
		for (Change change : changes()) {
			change(change);
		}
		correctSome();
		rescindOne();
		List<Intent> sorted = new ArrayList<>(this.intents);
		sorted.sort(Comparator.comparing(Intent::recordedAt).thenComparingInt(Intent::order));
		return sorted;
	}

	private List<Change> changes() {
		List<Change> changes = new ArrayList<>();
		long days = ChronoUnit.DAYS.between(this.era.start(), this.era.lastChange());
		for (int post = 0; post < this.posts.size(); post++) {
			for (LocalDate day : this.era.termDays().getOrDefault(this.posts.get(post).code().value(), List.of())) {
				if (day.isAfter(this.era.start()) && !day.isAfter(this.era.lastChange())
						&& this.random.nextDouble() < 0.6) {
					changes.add(new Change(day, post, true));
				}
			}
			long randomChanges = Math.round(days / 365.0 * 0.06 + this.random.nextDouble() - 0.5);
			for (int i = 0; i < randomChanges; i++) {
				changes.add(new Change(this.era.start().plusDays(30 + this.random.nextLong(Math.max(1, days - 30))),
						post, false));
			}
		}
		changes.sort(Comparator.comparing(Change::day).thenComparingInt(Change::post));
		return changes;
	}

	private void change(Change change) {
		Post post = this.posts.get(change.post());
		Current leaving = this.current.get(post.code().value());
		if (leaving.from().isAfter(change.day().minusDays(20))) {
			return;
		}
		Instant recordedAt = recorded(change.day());
		LocalDate lastDay = change.day().minusDays(1);
		EndCause cause = change.term() ? EndCause.TERM_ENDED : CAUSES[this.random.nextInt(CAUSES.length)];
		this.intents.add(new Intent.End(leaving.mandateId(), lastDay, cause, recordedAt, this.intents.size()));
		this.plannedEnd.put(leaving.mandateId(), lastDay);
		this.busy.merge(leaving.personId(), -1, Integer::sum);
		this.current.remove(post.code().value());
		assign(change.post(), change.day(), change.term(), leaving.personId(), recordedAt);
	}

	private void assign(int postIndex, LocalDate from, boolean term, String leaving, Instant recordedAt) {
		Post post = this.posts.get(postIndex);
		String personId = linked(post.code().value(), term);
		if (personId == null || personId.equals(leaving)) {
			personId = pick(post, leaving);
		}
		String mandateId = this.mandatePrefix + "-" + (++this.mandates);
		this.intents
			.add(new Intent.Assign(mandateId, post.code().value(), personId, from, recordedAt, this.intents.size()));
		this.current.put(post.code().value(), new Current(mandateId, personId, from));
		this.busy.merge(personId, 1, Integer::sum);
	}

	/**
	 * The holder a linked post takes over at a term change: the secretary chairs the
	 * Council in most units, the People's Committee in a few; other pairs now and then.
	 */
	private String linked(String post, boolean term) {
		if (!term) {
			return null;
		}
		return switch (post) {
			case "COUNCIL_CHAIR" -> holderIf("PARTY_SECRETARY", 0.7);
			case "COMMITTEE_CHAIR" -> holderIf("PARTY_SECRETARY", 0.08);
			case "FARMERS_UNION_CHAIR" -> holderIf("FRONT_VICE_CHAIR", 0.2);
			case "COUNCIL_CULTURE_SOCIETY_BOARD_HEAD" -> holderIf("PARTY_BUILDING_BOARD_HEAD", 0.3);
			case "COUNCIL_ECONOMY_BUDGET_BOARD_HEAD" -> holderIf("INSPECTION_COMMITTEE_HEAD", 0.3);
			case "COUNCIL_BOARD_DEPUTY_HEAD" -> holderIf("WOMENS_UNION_CHAIR", 0.15);
			default -> null;
		};
	}

	private String holderIf(String post, double probability) {
		Current holder = this.current.get(post);
		return (holder != null && this.random.nextDouble() < probability) ? holder.personId() : null;
	}

	/**
	 * Someone free, local or not as the post tends to be filled; the police chief and the
	 * military commander are mostly sent from elsewhere.
	 */
	private String pick(Post post, String leaving) {
		String code = post.code().value();
		double nonLocal = (code.equals("POLICE_CHIEF") || code.equals("MILITARY_COMMANDER")) ? 0.8
				: post.keyPost() ? 0.35 : 0.1;
		boolean wantLocal = this.random.nextDouble() >= nonLocal;
		int start = this.random.nextInt(this.pool.size());
		String fallback = null;
		for (int i = 0; i < this.pool.size(); i++) {
			Holder candidate = this.pool.get((start + i) % this.pool.size());
			if (candidate.personId().equals(leaving) || this.busy.getOrDefault(candidate.personId(), 0) > 0) {
				continue;
			}
			if (this.localCodes.contains(candidate.hometownCode()) == wantLocal) {
				return candidate.personId();
			}
			fallback = (fallback != null) ? fallback : candidate.personId();
		}
		if (fallback != null) {
			return fallback;
		}
		Holder any = this.pool.get(start);
		return any.personId().equals(leaving) ? this.pool.get((start + 1) % this.pool.size()).personId()
				: any.personId();
	}

	/**
	 * About one assignment in twenty-five is corrected later: its first day was wrong.
	 */
	private void correctSome() {
		List<Intent> planned = List.copyOf(this.intents);
		for (Intent intent : planned) {
			if (!(intent instanceof Intent.Assign assign) || this.random.nextDouble() >= 0.04) {
				continue;
			}
			LocalDate end = this.plannedEnd.getOrDefault(assign.mandateId(), this.era.lastChange());
			if (ChronoUnit.DAYS.between(assign.from(), end) < 30) {
				continue;
			}
			Instant recordedAt = recorded(assign.from().plusDays(60 + this.random.nextInt(340)));
			if (recordedAt.isBefore(this.era.recordLimit())) {
				this.intents.add(new Intent.Correct(assign.mandateId(), 1 + this.random.nextInt(14), recordedAt,
						this.intents.size()));
			}
		}
	}

	/**
	 * One unit-era in four has a vice-chair entered for the wrong person, rescinded weeks
	 * later.
	 */
	private void rescindOne() {
		if (this.outsider == null || this.random.nextDouble() >= 0.25) {
			return;
		}
		long days = ChronoUnit.DAYS.between(this.era.start(), this.era.lastChange());
		LocalDate from = this.era.start().plusDays(this.random.nextLong(Math.max(1, days - 90)));
		String mandateId = this.mandatePrefix + "-" + (++this.mandates);
		Instant entered = recorded(from);
		Instant rescinded = entered.plus(10 + this.random.nextInt(40), ChronoUnit.DAYS);
		if (rescinded.isBefore(this.era.recordLimit())) {
			this.intents.add(new Intent.Assign(mandateId, "COMMITTEE_VICE_CHAIR", this.outsider.personId(), from,
					entered, this.intents.size()));
			this.intents.add(new Intent.Rescind(mandateId, rescinded, this.intents.size()));
		}
	}

	/** A decision is recorded zero to five days after it takes effect. */
	private Instant recorded(LocalDate day) {
		Instant at = day.plusDays(this.random.nextInt(6)).atTime(2, 0).toInstant(ZoneOffset.UTC);
		return at.isBefore(this.era.recordLimit()) ? at : this.era.recordLimit().minusSeconds(3600);
	}

	/** The mandates still held at the end of the plan. */
	List<String> open() {
		return this.current.values().stream().map(Current::mandateId).toList();
	}

}
