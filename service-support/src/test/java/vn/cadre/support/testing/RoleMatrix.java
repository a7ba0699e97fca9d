package vn.cadre.support.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.cadre.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Every endpoint a service maps, called by every role and by nobody: the expected table
 * must name each endpoint (so a new one cannot slip in unruled), an allowed role must get
 * past security (whatever the endpoint then answers to a dummy request), a denied role
 * must get 403 and an anonymous caller 401.
 */
public final class RoleMatrix {

	/** Anyone signed in, whatever their roles. */
	public static final Set<Role> SIGNED_IN = EnumSet.allOf(Role.class);

	private final Map<String, Set<Role>> expected = new LinkedHashMap<>();

	private final Map<String, String> queries = new LinkedHashMap<>();

	/** Declares who may call {@code "METHOD /path/{variable}"}. */
	public RoleMatrix allow(String endpoint, Role... roles) {
		this.expected.put(endpoint, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
		return this;
	}

	public RoleMatrix allow(String endpoint, Set<Role> roles) {
		this.expected.put(endpoint, EnumSet.copyOf(roles));
		return this;
	}

	/**
	 * Declares a variant of an endpoint that a query string makes stricter, such as a
	 * record-time question; it is checked besides the plain endpoint.
	 */
	public RoleMatrix allowWithQuery(String endpoint, String query, Role... roles) {
		this.queries.put(endpoint + "?" + query, endpoint);
		return allow(endpoint + "?" + query, roles);
	}

	/**
	 * The endpoints the service maps, as {@code "METHOD /path"}, without the error page
	 * and the landing page of service-support (open to anyone signed in, tested there).
	 */
	public static Set<String> mapped(RequestMappingHandlerMapping mapping) {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error") || pattern.equals("/")) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		}
		return endpoints;
	}

	/**
	 * Checks the table against what is mapped, then every cell; names every failing cell.
	 */
	public void verify(MockMvc mvc, RequestMappingHandlerMapping mapping) throws Exception {
		Set<String> declared = new TreeSet<>(this.expected.keySet());
		declared.removeAll(this.queries.keySet());
		assertThat(declared).as("endpoints in the role matrix").isEqualTo(mapped(mapping));
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, Set<Role>> row : this.expected.entrySet()) {
			String endpoint = row.getKey();
			int anonymous = status(mvc, endpoint, Optional.empty());
			if (anonymous != 401) {
				failures.add(endpoint + " anonymous: " + anonymous + " (expected 401)");
			}
			for (Role role : Role.values()) {
				int status = status(mvc, endpoint, Optional.of(role));
				boolean allowed = row.getValue().contains(role);
				if (allowed && (status == 401 || status == 403)) {
					failures.add(endpoint + " " + role + ": " + status + " (expected to be let through)");
				}
				if (!allowed && status != 403) {
					failures.add(endpoint + " " + role + ": " + status + " (expected 403)");
				}
			}
		}
		assertThat(failures).as("cells of the role matrix that disagree").isEmpty();
	}

	private static int status(MockMvc mvc, String endpoint, Optional<Role> role) throws Exception {
		String[] parts = endpoint.split(" ", 2);
		String path = parts[1].replaceAll("\\{[^}]+}", "x-matrix");
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), path)
			.accept(MediaType.APPLICATION_JSON);
		if (!parts[0].equals("GET") && !parts[0].equals("DELETE")) {
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		role.ifPresent((r) -> request.with(httpBasic(TestUsers.nameOf(r), TestUsers.PASSWORD)));
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
