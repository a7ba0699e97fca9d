package vn.cadre.kernel.post;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.cadre.kernel.unit.UnitLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PostCatalogueTest {

	private final PostCatalogue catalogue = PostCatalogue.standard();

	@Test
	void everyPostTheBinhLuReportNames_isInTheCatalogue() {
		assertThat(this.catalogue.all()).extracting(post -> post.code().value())
			.contains("PARTY_SECRETARY", "PARTY_DEPUTY_SECRETARY", "PARTY_STANDING_MEMBER", "COUNCIL_CHAIR",
					"COMMITTEE_CHAIR", "INSPECTION_COMMITTEE_HEAD", "POLICE_CHIEF", "MILITARY_COMMANDER",
					"COURT_PRESIDENT", "PROCURACY_HEAD", "INSPECTORATE_CHIEF", "PARTY_BUILDING_BOARD_HEAD",
					"COUNCIL_CULTURE_SOCIETY_BOARD_HEAD", "COUNCIL_ECONOMY_BUDGET_BOARD_HEAD", "FRONT_VICE_CHAIR",
					"FARMERS_UNION_CHAIR", "WOMENS_UNION_CHAIR", "COUNCIL_BOARD_DEPUTY_HEAD");
	}

	@Test
	void theKeyPostsOfTheNonLocalPolicy_areTheOnesTheReportLists() {
		assertThat(this.catalogue.all()).filteredOn(Post::keyPost)
			.extracting(post -> post.code().value())
			.containsExactlyInAnyOrder("PARTY_SECRETARY", "COMMITTEE_CHAIR", "INSPECTION_COMMITTEE_HEAD",
					"POLICE_CHIEF", "MILITARY_COMMANDER", "COURT_PRESIDENT", "PROCURACY_HEAD", "INSPECTORATE_CHIEF");
	}

	@Test
	void aPost_existsOnlyAtItsLevelsAndWithinItsValidity() {
		Post board = this.catalogue.find(new PostCode("PARTY_BUILDING_BOARD_HEAD")).orElseThrow();

		assertThat(board.existsAt(UnitLevel.COMMUNE, LocalDate.of(2025, 7, 1))).isTrue();
		assertThat(board.existsAt(UnitLevel.COMMUNE, LocalDate.of(2025, 6, 30))).isFalse();
		assertThat(board.existsAt(UnitLevel.PROVINCE, LocalDate.of(2026, 1, 1))).isFalse();
		assertThat(this.catalogue.find(new PostCode("COURT_PRESIDENT"))
			.orElseThrow()
			.existsAt(UnitLevel.COMMUNE, LocalDate.of(2020, 1, 1))).isFalse();
		assertThat(this.catalogue.find(new PostCode("NO_SUCH_POST"))).isEmpty();
	}

	@Test
	void aMalformedCatalogue_namesTheLine() {
		assertThatIllegalStateException().isThrownBy(
				() -> PostCatalogue.parse(new BufferedReader(new StringReader("# header\nPARTY_SECRETARY\tPARTY\n"))))
			.withMessageContaining("line 2");
	}

}
