package vn.cadre.console.staff;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import vn.cadre.console.api.Bilingual;
import vn.cadre.kernel.post.Post;
import vn.cadre.kernel.post.PostCatalogue;
import vn.cadre.kernel.unit.UnitLevel;

/**
 * The posts a person may pick for a unit: the kernel's catalogue, those of the unit's
 * level, titled in the reader's language. Whether the post exists on the chosen day is
 * the command side's rule, which answers next to the field.
 */
@Component
class PostChoices {

	private final PostCatalogue catalogue = PostCatalogue.standard();

	/**
	 * The posts of a level, by group (Party, Council, Committee...) and then by title;
	 * every post when the level is unknown.
	 */
	List<PostChoice> forLevel(String level, Locale locale) {
		UnitLevel known = parse(level);
		Collator byTitle = Collator.getInstance(locale);
		return this.catalogue.all()
			.stream()
			.filter((post) -> known == null || post.levels().contains(known))
			.sorted(Comparator.comparing((Post post) -> post.group().ordinal())
				.thenComparing((Post post) -> title(post, locale), byTitle))
			.map((post) -> new PostChoice(post.code().value(), title(post, locale)))
			.toList();
	}

	private static String title(Post post, Locale locale) {
		return Bilingual.pick(locale, post.titleVi(), post.titleEn());
	}

	/**
	 * A post's title in the reader's language, or its code when the catalogue lacks it.
	 */
	String title(String code, Locale locale) {
		return forLevel(null, locale).stream()
			.filter((choice) -> choice.code().equals(code))
			.map(PostChoice::title)
			.findFirst()
			.orElse(code);
	}

	private static UnitLevel parse(String level) {
		if (level == null) {
			return null;
		}
		for (UnitLevel candidate : UnitLevel.values()) {
			if (candidate.name().equals(level)) {
				return candidate;
			}
		}
		return null;
	}

}
