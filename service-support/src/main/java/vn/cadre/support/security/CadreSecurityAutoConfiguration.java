package vn.cadre.support.security;

import java.util.List;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import vn.cadre.kernel.ReadYourWrites;
import vn.cadre.support.web.ProblemResponses;

/**
 * Authentication and roles for both services: a users file (form login for browsers, HTTP
 * Basic for scripts) and, when an issuer is configured, bearer tokens. Everything but
 * health needs a signed-in user; what each role may call is the service's
 * {@link EndpointRules}; what no rule names is denied.
 */
@AutoConfiguration(before = { SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
		OAuth2ResourceServerAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(CadreSecurityProperties.class)
@Import({ CurrentUserController.class, HomePage.class, PasswordSignIn.class,
		CadreSecurityAutoConfiguration.UsersAdministration.class })
public class CadreSecurityAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CadreSecurityAutoConfiguration.class);

	static final String REALM = "cadre-ledger";

	@Bean
	SecurityFilterChain cadreSecurity(HttpSecurity http, List<EndpointRules> rules, ObjectProvider<JwtDecoder> jwt,
			ObjectProvider<UsersFile> usersFile, CadreSecurityProperties properties,
			ObjectProvider<SignInLimitFilter> signInLimit, ProblemResponses problems) throws Exception {
		JwtDecoder decoder = jwt.getIfAvailable();
		if (decoder == null && usersFile.getIfAvailable() == null) {
			throw new IllegalStateException("Nobody could sign in: set cadre.security.users-file (env "
					+ "CADRE_SECURITY_USERS_FILE) or a token issuer (spring.security.oauth2.resourceserver.jwt.*)");
		}
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/login").permitAll();
			requests.requestMatchers("/actuator/**", "/admin/users", "/admin/users/**").hasRole(Role.ADMIN.name());
			requests
				.requestMatchers("/", "/api/me", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
						"/swagger-ui.html", "/swagger-ui/**")
				.authenticated();
			rules.forEach((rule) -> rule.authorize(requests));
			requests.anyRequest().denyAll();
		});
		http.formLogin(Customizer.withDefaults());
		signInLimit.ifAvailable((filter) -> http.addFilterBefore(filter, UsernamePasswordAuthenticationFilter.class));
		http.httpBasic((basic) -> basic.realmName(REALM));
		// CSRF guards what a browser adds to a forged cross-site request on its own: the
		// session cookie, and Basic credentials it remembers. A script's request with an
		// Authorization header, or one without any session, cannot ride on a session, so
		// it needs no token and an anonymous call gets 401 rather than a CSRF 403. A
		// request the browser marks cross-site always needs the token, and so does the
		// login form, against forged logins.
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(CadreSecurityAutoConfiguration::cannotRideOnASession));
		http.cors((cors) -> cors.configurationSource(cors(properties.cors())));
		if (decoder != null) {
			http.oauth2ResourceServer((server) -> server
				.jwt((token) -> token.decoder(decoder).jwtAuthenticationConverter(new TokenRoles(properties.jwt()))));
		}
		RequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		((MediaTypeRequestMatcher) browser).setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browser)
			.defaultAuthenticationEntryPointFor(new BasicOrBearerEntryPoint(decoder != null, problems),
					(request) -> true)
			.accessDeniedHandler((request, response, denied) -> problems.write(response,
					ProblemResponses.of(HttpStatus.FORBIDDEN.value(), request))));
		return http.build();
	}

	/**
	 * Spring's strict firewall, except that a header value may hold the bytes of UTF-8
	 * text: a client that writes a Vietnamese reason into {@code X-Reason} then hears
	 * from the command side why it belongs in the body, instead of a bare refusal.
	 * Control characters stay refused.
	 */
	@Bean
	StrictHttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderValues(value -> value.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f));
		return firewall;
	}

	/**
	 * A request the firewall refuses (an encoded dot segment or slash, a path parameter)
	 * is a bad request, not the server error it would become on its way to the error
	 * page.
	 */
	@Bean
	RequestRejectedHandler problemRequestRejected(ProblemResponses problems) {
		return (request, response, rejected) -> {
			log.debug("Request refused by the firewall: {}", rejected.getMessage());
			problems.write(response, ProblemResponses.of(HttpStatus.BAD_REQUEST.value(), request));
		};
	}

	private static boolean cannotRideOnASession(HttpServletRequest request) {
		if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
			return false;
		}
		if (request.getHeader("Authorization") != null) {
			return true;
		}
		return request.getSession(false) == null && !"/login".equals(request.getServletPath());
	}

	private static CorsConfigurationSource cors(CadreSecurityProperties.Cors settings) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!settings.allowedOrigins().isEmpty()) {
			CorsConfiguration configuration = new CorsConfiguration();
			configuration.setAllowedOrigins(settings.allowedOrigins());
			configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
			configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Command-Id", "X-Reason",
					ReadYourWrites.MIN_POSITION_HEADER));
			configuration.setExposedHeaders(
					List.of(ReadYourWrites.POSITION_HEADER, "Location", "X-Command-Replayed", "Retry-After"));
			configuration.setAllowCredentials(true);
			source.registerCorsConfiguration("/**", configuration);
		}
		return source;
	}

	/** Administration of the users file, when one is configured. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty("cadre.security.users-file")
	@Import(UsersController.class)
	static class UsersAdministration {

	}

	/**
	 * Answers an unauthenticated API call with 401 and the schemes it may use, instead of
	 * the login page a browser gets.
	 */
	static final class BasicOrBearerEntryPoint implements AuthenticationEntryPoint {

		private final boolean bearer;

		private final ProblemResponses problems;

		BasicOrBearerEntryPoint(boolean bearer, ProblemResponses problems) {
			this.bearer = bearer;
			this.problems = problems;
		}

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException authException) throws IOException {
			response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
			if (this.bearer) {
				response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
			}
			this.problems.write(response, ProblemResponses.of(HttpStatus.UNAUTHORIZED.value(), request));
		}

	}

}
