package vn.cadre.reporting.deadletters;

/** What a projection does after an event of an aggregate has become a dead letter. */
public enum PoisonPolicy {

	/** Record it and go on with the aggregate's later events. */
	SKIP,

	/**
	 * Record it and hold back the aggregate's later events as dead letters too, until an
	 * administrator acts.
	 */
	PARK

}
