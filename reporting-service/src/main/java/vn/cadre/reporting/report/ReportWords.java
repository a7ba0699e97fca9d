package vn.cadre.reporting.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.cadre.kernel.post.Post;
import vn.cadre.kernel.post.PostCatalogue;
import vn.cadre.kernel.post.PostCode;
import vn.cadre.kernel.post.PostGroup;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.reporting.units.UnitView;

/**
 * How the report names things in Vietnamese: units with their type words, lists of units,
 * posts by title in the report's order, pairs of posts held together, counts of two
 * digits.
 */
final class ReportWords {

	private static final PostCatalogue POSTS = PostCatalogue.standard();

	private static final List<String> KEY_POST_ORDER = List.of("PARTY_SECRETARY", "COMMITTEE_CHAIR",
			"INSPECTION_COMMITTEE_HEAD", "POLICE_CHIEF", "MILITARY_COMMANDER", "COURT_PRESIDENT", "PROCURACY_HEAD",
			"INSPECTORATE_CHIEF");

	private static final List<PostGroup> DISPLAY_ORDER = List.of(PostGroup.PARTY, PostGroup.FRONT,
			PostGroup.MASS_ORGANISATION, PostGroup.COMMITTEE, PostGroup.COUNCIL);

	private ReportWords() {
	}

	/**
	 * "Bình Lư, Sơn Bình và thị trấn Tam Đường": communes by name, others with their type
	 * word.
	 */
	static String names(List<UnitView> units) {
		List<String> names = units.stream()
			.sorted(Comparator.comparing((UnitView unit) -> !unit.type().equals("COMMUNE"))
				.thenComparing(UnitView::name))
			.map(unit -> unit.type().equals("COMMUNE") ? unit.name() : display(unit, false))
			.toList();
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
	}

	static String display(UnitView unit, boolean capital) {
		String word = UnitType.valueOf(unit.type()).typeWord();
		return (capital ? word : word.toLowerCase()) + " " + unit.name();
	}

	static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String keyPosts(Map<String, Long> byPost, boolean withCounts) {
		return byPost.keySet()
			.stream()
			.sorted(Comparator.comparingInt(
					code -> KEY_POST_ORDER.contains(code) ? KEY_POST_ORDER.indexOf(code) : KEY_POST_ORDER.size()))
			.map(code -> title(code) + (withCounts ? " " + two(byPost.get(code)) : ""))
			.collect(Collectors.joining(", "));
	}

	/** "Trưởng Ban Xây dựng Đảng kiêm Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân". */
	static String pair(String pair) {
		List<String> codes = new ArrayList<>(List.of(pair.split(" \\+ ")));
		codes.sort(Comparator.comparingInt(ReportWords::displayRank));
		return title(codes.get(0)) + " kiêm " + title(codes.get(1));
	}

	private static int displayRank(String code) {
		PostGroup group = POSTS.find(new PostCode(code)).map(Post::group).orElse(PostGroup.COUNCIL);
		int rank = DISPLAY_ORDER.indexOf(group);
		return (rank >= 0) ? rank : DISPLAY_ORDER.size();
	}

	static String title(String code) {
		return POSTS.find(new PostCode(code)).map(Post::titleVi).orElse(code);
	}

	/** Counts as the report writes them: 03, 13. */
	static String two(long value) {
		return String.format("%02d", value);
	}

}
