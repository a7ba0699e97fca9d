package vn.cadre.reporting.mandates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.reporting.web.PlausibleDate;

/**
 * Who held which post: a unit's mandates, or one person's in every unit, as believed at a
 * record time ({@code knownAt}, default now; asking about an earlier one is for
 * auditors). Persons are named by id; rescinded mandates are left out, as they were
 * believed never to exist. An unknown unit has no mandates: read models stay apart, so
 * this one does not consult the register.
 */
@RestController
class MandateController {

	private final MandateQueries mandates;

	MandateController(MandateQueries mandates) {
		this.mandates = mandates;
	}

	@GetMapping("/api/units/{unitId}/mandates")
	List<MandateLine> ofUnit(@PathVariable String unitId,
			@RequestParam(required = false) @PlausibleDate Instant knownAt) {
		return lines(this.mandates.believedAt(Set.of(unitId), (knownAt != null) ? knownAt : Instant.now()));
	}

	@GetMapping("/api/people/{personId}/mandates")
	List<MandateLine> ofPerson(@PathVariable String personId,
			@RequestParam(required = false) @PlausibleDate Instant knownAt) {
		return lines(this.mandates.believedOfPerson(personId, (knownAt != null) ? knownAt : Instant.now()));
	}

	private static List<MandateLine> lines(List<MandateVersion> versions) {
		return versions.stream()
			.filter(version -> !version.rescinded())
			.sorted(Comparator.comparing(MandateVersion::from).thenComparing(MandateVersion::postCode))
			.map(MandateLine::of)
			.toList();
	}

	/**
	 * One mandate as believed: its post, holder, days, why it ended, whether its holder
	 * is local to the unit and on what basis, the posts it is held together with, and the
	 * document and event behind it.
	 */
	record MandateLine(String unitId, String mandateId, String postCode, String personId, LocalDate from,
			LocalDate until, String endCause, String locality, String localityBasis, List<String> concurrentWith,
			String legalBasis, long position, Instant recordedFrom) {

		static MandateLine of(MandateVersion version) {
			return new MandateLine(version.unitId(), version.mandateId(), version.postCode(), version.personId(),
					version.from(), version.until(), version.endCause(), version.locality(), version.localityBasis(),
					version.concurrentWith(), version.legalBasis(), version.position(), version.recordedFrom());
		}

	}

}
