package vn.cadre.support.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every message bundle of the services must be: the same keys in English (the base)
 * and Vietnamese, and every key the code names present, since a missing one would turn a
 * refusal into a 500.
 */
public final class MessageBundles {

	private MessageBundles() {
	}

	/**
	 * Requires {@code base}{@code .properties} and {@code base}{@code _vi.properties} on
	 * the class path to hold the same keys, and every string literal of the main sources
	 * that looks like one of their keys (its first part is a first part of a key) to be
	 * one.
	 */
	public static void assertComplete(String base, Path mainSources) {
		Properties english = load(base + ".properties");
		Properties vietnamese = load(base + "_vi.properties");
		assertThat(english).as(base).isNotEmpty();
		assertThat(vietnamese.stringPropertyNames()).as(base + "_vi").isEqualTo(english.stringPropertyNames());
		Set<String> prefixes = new TreeSet<>();
		english.stringPropertyNames().forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
		assertThat(literalsLike(prefixes, mainSources)).as("keys named in " + mainSources + " but not in " + base)
			.isSubsetOf(english.stringPropertyNames());
	}

	private static Set<String> literalsLike(Set<String> prefixes, Path sources) {
		Pattern literal = Pattern.compile("\"([a-z]+(?:-[a-z]+)*\\.[a-z]+(?:-[a-z]+)*)\"");
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = literal.matcher(Files.readString(file));
				while (matcher.find()) {
					String key = matcher.group(1);
					if (prefixes.contains(key.substring(0, key.indexOf('.') + 1))) {
						found.add(key);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	private static Properties load(String path) {
		Properties properties = new Properties();
		try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
