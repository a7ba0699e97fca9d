package vn.cadre.console.signin;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import vn.cadre.console.ConsoleProperties;
import vn.cadre.support.security.Role;
import vn.cadre.support.security.UsersFile;

/**
 * The embedded default's identity provider: Spring Authorization Server in the console's
 * own process, signing people in against the services' users file and issuing the tokens
 * the services accept as resource servers. A province with its own OIDC provider turns
 * this off ({@code cadre.console.embedded-issuer=false}) and registers the console there
 * with Spring Boot's {@code spring.security.oauth2.client.*} properties.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cadre.console.embedded-issuer", matchIfMissing = true)
class EmbeddedIssuer {

	/**
	 * Long enough for a meeting's dashboard, short enough that a removed role soon stops
	 * working.
	 */
	private static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(10);

	private static final Duration SIGN_IN_LIFETIME = Duration.ofHours(8);

	@Bean
	@Order(1)
	SecurityFilterChain issuerEndpoints(HttpSecurity http) throws Exception {
		OAuth2AuthorizationServerConfigurer issuer = OAuth2AuthorizationServerConfigurer.authorizationServer();
		http.securityMatcher(issuer.getEndpointsMatcher())
			.with(issuer, (server) -> server.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	ConsoleClient consoleClient(ConsoleProperties properties) {
		return ConsoleClient.generate(properties.clientId());
	}

	@Bean
	RegisteredClientRepository registeredClients(ConsoleClient client, ConsoleProperties properties) {
		RegisteredClient console = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(client.clientId())
			.clientSecret("{noop}" + client.secret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(properties.base() + "/login/oauth2/code/" + ConsoleClient.REGISTRATION)
			.postLogoutRedirectUri(properties.base() + "/login?logout")
			.scope(OidcScopes.OPENID)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME)
				.refreshTokenTimeToLive(SIGN_IN_LIFETIME)
				.reuseRefreshTokens(false)
				.build())
			.build();
		return new InMemoryRegisteredClientRepository(console);
	}

	/**
	 * The console signs in at its own issuer, over loopback for the back-channel calls.
	 */
	@Bean
	ClientRegistrationRepository clientRegistrations(ConsoleClient client, ConsoleProperties properties) {
		String issuer = properties.base();
		return new InMemoryClientRegistrationRepository(
				ClientRegistration.withRegistrationId(ConsoleClient.REGISTRATION)
					.clientId(client.clientId())
					.clientSecret(client.secret())
					.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
					.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
					.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
					.scope(OidcScopes.OPENID)
					.authorizationUri(issuer + "/oauth2/authorize")
					.tokenUri(issuer + "/oauth2/token")
					.jwkSetUri(issuer + "/oauth2/jwks")
					.issuerUri(issuer)
					.userNameAttributeName("sub")
					.build());
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(ConsoleProperties properties) {
		return AuthorizationServerSettings.builder().issuer(properties.base()).build();
	}

	@Bean
	JWKSource<SecurityContext> signingKeys(ConsoleProperties properties) {
		return new ImmutableJWKSet<>(SigningKeys.loadOrCreate(properties.signingKeyFile()));
	}

	@Bean
	JwtDecoder issuerJwtDecoder(JWKSource<SecurityContext> keys) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
	}

	/**
	 * The services read the actor from {@code preferred_username} and the roles from
	 * {@code roles}. Roles are read from the users file whenever a token is made, so a
	 * role taken away ends with the current access token, not with the sign-in.
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> rolesInTokens(UsersFile users) {
		return (context) -> {
			String name = context.getPrincipal().getName();
			List<String> roles = Optional.ofNullable(users.read().get(name))
				.map((user) -> user.roles().stream().map(Role::name).sorted().toList())
				.orElse(List.of());
			context.getClaims().claim("preferred_username", name).claim("roles", roles);
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				context.getClaims().claim("name", name);
			}
		};
	}

}
