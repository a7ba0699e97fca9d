package vn.cadre.kernel.mandate;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DateRangeTest {

	private static final LocalDate BASE = LocalDate.of(2020, 1, 1);

	@Test
	void anInvertedRange_isRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DateRange(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30)));
	}

	@Test
	void rangesThatShareOneDay_overlap_andAdjacentOnesDoNot() {
		DateRange oldModel = new DateRange(LocalDate.of(2020, 10, 1), LocalDate.of(2025, 6, 30));

		assertThat(oldModel.overlaps(DateRange.from(LocalDate.of(2025, 6, 30)))).isTrue();
		assertThat(oldModel.overlaps(DateRange.from(LocalDate.of(2025, 7, 1)))).isFalse();
		assertThat(DateRange.from(LocalDate.of(2025, 7, 1)).overlaps(DateRange.from(LocalDate.of(2030, 1, 1))))
			.isTrue();
	}

	/**
	 * Two ranges overlap exactly when some day lies in both: checked against a day-by-day
	 * reference.
	 */
	@Property
	void overlaps_agreesWithADayByDayReference(@ForAll @IntRange(max = 60) int aFrom,
			@ForAll @IntRange(max = 30) int aLength, @ForAll boolean aOpen, @ForAll @IntRange(max = 60) int bFrom,
			@ForAll @IntRange(max = 30) int bLength, @ForAll boolean bOpen) {
		DateRange a = range(aFrom, aLength, aOpen);
		DateRange b = range(bFrom, bLength, bOpen);
		boolean sharedDay = false;
		for (int day = 0; day <= 200 && !sharedDay; day++) {
			sharedDay = a.contains(BASE.plusDays(day)) && b.contains(BASE.plusDays(day));
		}

		assertThat(a.overlaps(b)).isEqualTo(sharedDay).isEqualTo(b.overlaps(a));
	}

	private static DateRange range(int from, int length, boolean open) {
		return new DateRange(BASE.plusDays(from), open ? null : BASE.plusDays(from + length));
	}

}
