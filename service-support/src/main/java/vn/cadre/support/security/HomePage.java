package vn.cadre.support.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /}: where a browser lands after the login form. Until a web console exists
 * it names the service and the signed-in user and lists the API's entry points (its
 * {@code GET /api/...} paths without variables), so a person is not left on an error.
 */
@RestController
class HomePage {

	private static final String TEMPLATE = template();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

	private final ApplicationContext context;

	private final String service;

	HomePage(ApplicationContext context, @Value("${spring.application.name:cadre-ledger}") String service) {
		this.context = context;
		this.service = service;
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String home(Authentication authentication, HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String roles = authentication.getAuthorities()
			.stream()
			.flatMap((authority) -> Role.parse(authority.getAuthority()).stream())
			.map(Role::name)
			.sorted()
			.collect(Collectors.joining(", "));
		String links = entryPoints().stream()
			.map((path) -> "<li><a href=\"" + escape(path.substring(1)) + "\"><code>" + escape(path)
					+ "</code></a></li>")
			.collect(Collectors.joining("\n"));
		Map<String, String> values = Map.of("service", escape(this.service), "user", escape(authentication.getName()),
				"roles", escape(roles), "links", links, "csrfName",
				escape((csrf != null) ? csrf.getParameterName() : "_csrf"), "csrfToken",
				escape((csrf != null) ? csrf.getToken() : ""));
		// one pass, so that a value holding a placeholder is not filled in again
		return PLACEHOLDER.matcher(TEMPLATE)
			.replaceAll((match) -> Matcher.quoteReplacement(values.getOrDefault(match.group(1), "")));
	}

	private List<String> entryPoints() {
		RequestMappingHandlerMapping mapping = this.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		TreeSet<String> paths = new TreeSet<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			boolean readable = info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
			for (String pattern : info.getPatternValues()) {
				if (readable && pattern.startsWith("/api/") && !pattern.contains("{")) {
					paths.add(pattern);
				}
			}
		}
		return List.copyOf(paths);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	private static String template() {
		try (InputStream in = HomePage.class.getResourceAsStream("home.html")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
