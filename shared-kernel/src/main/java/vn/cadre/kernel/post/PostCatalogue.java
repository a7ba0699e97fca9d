package vn.cadre.kernel.post;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.cadre.kernel.unit.UnitLevel;

/**
 * The posts of {@code posts.tsv}: tab-separated, one post a line, {@code #} starts a
 * comment. Columns: code, group, levels (comma-separated), valid from, valid until (empty
 * when open), single holder, key post, Vietnamese title, English title.
 */
public final class PostCatalogue {

	private static final String RESOURCE = "posts.tsv";

	private final Map<PostCode, Post> posts;

	private PostCatalogue(Map<PostCode, Post> posts) {
		this.posts = posts;
	}

	/** The catalogue shipped with the kernel. */
	public static PostCatalogue standard() {
		try (InputStream in = PostCatalogue.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + RESOURCE);
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PostCatalogue parse(BufferedReader lines) throws IOException {
		Map<PostCode, Post> posts = new LinkedHashMap<>();
		String line;
		int number = 0;
		while ((line = lines.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			if (cells.length != 9) {
				throw new IllegalStateException(RESOURCE + " line " + number + ": expected 9 columns");
			}
			Post post = new Post(new PostCode(cells[0]), PostGroup.valueOf(cells[1]),
					Arrays.stream(cells[2].split(","))
						.map(String::strip)
						.map(UnitLevel::valueOf)
						.collect(Collectors.toSet()),
					date(cells[3]), date(cells[4]), Boolean.parseBoolean(cells[5]), Boolean.parseBoolean(cells[6]),
					cells[7], cells[8]);
			if (posts.put(post.code(), post) != null) {
				throw new IllegalStateException(RESOURCE + " line " + number + ": duplicate " + post.code());
			}
		}
		return new PostCatalogue(Map.copyOf(posts));
	}

	private static LocalDate date(String cell) {
		return cell.isBlank() ? null : LocalDate.parse(cell.strip());
	}

	public Optional<Post> find(PostCode code) {
		return Optional.ofNullable(this.posts.get(code));
	}

	public Collection<Post> all() {
		return this.posts.values();
	}

}
