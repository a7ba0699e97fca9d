package vn.cadre.console.signin;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import vn.cadre.support.security.PasswordSignIn;
import vn.cadre.support.security.Role;
import vn.cadre.support.security.SignInLimitFilter;
import vn.cadre.support.web.ProblemResponses;

/**
 * The console's pages: a person is sent to the issuer to sign in (the login form below,
 * against the users file, when the issuer is the embedded one), comes back with tokens
 * kept in the session, and every service call carries the access token. Which pages a
 * role may open is decided by the services that answer them: the console only hides what
 * would be refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@org.springframework.context.annotation.Import(PasswordSignIn.class)
class ConsoleSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain consolePages(HttpSecurity http, ObjectProvider<SignInLimitFilter> signInLimit)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health",
					"/actuator/health/**")
			.permitAll()
			.anyRequest()
			.authenticated());
		// Two requests wait for a sign-in: the page the person asked for, and the
		// issuer's
		// authorization request made on the way. Each gets its own place in the session,
		// or the second would overwrite the first and the person would land on the
		// issuer's URL after signing in.
		HttpSessionRequestCache pageAsked = new HttpSessionRequestCache();
		pageAsked.setSessionAttrName("CADRE_CONSOLE_PAGE_ASKED");
		http.requestCache((cache) -> cache.requestCache(pageAsked));
		SavedRequestAwareAuthenticationSuccessHandler backToTheIssuer = new SavedRequestAwareAuthenticationSuccessHandler();
		backToTheIssuer.setRequestCache(new HttpSessionRequestCache());
		backToTheIssuer.setDefaultTargetUrl("/oauth2/authorization/" + ConsoleClient.REGISTRATION);
		http.formLogin((form) -> form.loginPage("/login").failureUrl("/login?error").successHandler(backToTheIssuer));
		signInLimit.ifAvailable((filter) -> http.addFilterBefore(filter, UsernamePasswordAuthenticationFilter.class));
		SavedRequestAwareAuthenticationSuccessHandler toThePageAsked = new SavedRequestAwareAuthenticationSuccessHandler();
		toThePageAsked.setRequestCache(pageAsked);
		toThePageAsked.setDefaultTargetUrl("/");
		http.oauth2Login((login) -> login.loginPage("/login").successHandler(toThePageAsked));
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(
				new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + ConsoleClient.REGISTRATION)));
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout"));
		http.headers((headers) -> headers.contentSecurityPolicy(
				(csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; "
						// the chart library positions its parts with style attributes; no
						// style sheet and no script may come inline
						+ "style-src-attr 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
		return http.build();
	}

	/** How the sign-in limit answers a refused attempt, as the services do. */
	@Bean
	ProblemResponses problemResponses(ObjectMapper json) {
		return new ProblemResponses(json);
	}

	/** The roles the issuer put in the ID token become the person's authorities here. */
	@Bean
	GrantedAuthoritiesMapper rolesFromIdToken() {
		return (authorities) -> {
			Set<GrantedAuthority> mapped = new HashSet<>(authorities);
			for (GrantedAuthority authority : authorities) {
				if (authority instanceof OidcUserAuthority oidc
						&& oidc.getIdToken().getClaim("roles") instanceof Collection<?> roles) {
					roles.forEach((role) -> Role.parse(String.valueOf(role))
						.ifPresent((known) -> mapped.add(new SimpleGrantedAuthority(known.authority()))));
				}
			}
			return mapped;
		};
	}

	/**
	 * Tokens live in the session, not in a per-instance map, so that a second console
	 * instance behind the same address (with a shared session store) finds them.
	 */
	@Bean
	OAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients) {
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
				authorizedClients);
		manager.setAuthorizedClientProvider(
				OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

}
