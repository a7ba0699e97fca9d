package vn.cadre.console.api;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cadre.kernel.post.Post;
import vn.cadre.kernel.post.PostCatalogue;
import vn.cadre.kernel.post.PostCode;

/**
 * Post codes as people read them: a figure's breakdown names posts (and pairs of posts)
 * by code, which a page shows by their titles in the reader's language.
 */
public final class PostTitles {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");

	private final PostCatalogue catalogue;

	public PostTitles(PostCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The text with every known post code replaced by its title; other words stay. */
	public String of(String text, Locale locale) {
		Matcher codes = CODE.matcher(text);
		StringBuilder titled = new StringBuilder();
		while (codes.find()) {
			String title = this.catalogue.find(new PostCode(codes.group()))
				.map((Post post) -> Bilingual.pick(locale, post.titleVi(), post.titleEn()))
				.orElse(codes.group());
			codes.appendReplacement(titled, Matcher.quoteReplacement(title));
		}
		codes.appendTail(titled);
		return titled.toString();
	}

}
