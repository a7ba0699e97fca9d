package vn.cadre.localstack;

/**
 * A fixed number of slots, each holding the last short string that hashed to it: a string
 * equal to the one in its slot is answered with that one, any other takes the slot. Names
 * and values that recur (field names, post codes, dates, unit ids) end up shared; values
 * that never recur (event ids) only pass through, so the pool never grows and never pins
 * what a collection dropped for longer than the next string of the same slot.
 *
 * <p>
 * Several server threads use one pool without a lock: a slot holds a reference to an
 * immutable string, so a thread sees either string whole, and a race costs only a share
 * missed.
 */
final class StringPool {

	/** Longer strings are rarely repeated whole (texts, ids with a random part). */
	static final int MAX_LENGTH = 48;

	private static final int SLOTS = 1 << 17;

	private final String[] slots = new String[SLOTS];

	String shared(String text) {
		if (text.length() > MAX_LENGTH) {
			return text;
		}
		int slot = spread(text.hashCode()) & (SLOTS - 1);
		String held = this.slots[slot];
		if (text.equals(held)) {
			return held;
		}
		this.slots[slot] = text;
		return text;
	}

	/**
	 * Spreads the hash's high bits down, as strings that differ at the end are common.
	 */
	private static int spread(int hash) {
		return hash ^ (hash >>> 16);
	}

}
