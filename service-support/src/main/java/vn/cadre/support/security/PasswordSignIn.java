package vn.cadre.support.security;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cadre.support.web.ProblemResponses;

/**
 * Password sign-in against the users file, with failed sign-ins limited: the same users
 * for both services and the console, which imports this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("cadre.security.users-file")
@EnableConfigurationProperties(CadreSecurityProperties.class)
public class PasswordSignIn {

	private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);

	@Bean
	UsersFile usersFile(CadreSecurityProperties properties) {
		UsersFile file = new UsersFile(properties.usersFile());
		if (properties.bootstrapAdmin()) {
			Optional<String> password = file.bootstrap(properties.resolvedAdminPasswordFile());
			if (password.isPresent()) {
				log.warn(
						"First start: created user '{}' with every role; its password is in {} (owner-only). "
								+ "Create narrower users with ./cadre users.",
						UsersFile.FIRST_ADMIN, properties.resolvedAdminPasswordFile());
			}
		}
		return file;
	}

	@Bean
	UsersFileAuthentication usersFileAuthentication(UsersFile file) {
		return new UsersFileAuthentication(file, Clock.systemUTC());
	}

	/** Failed password sign-ins limited, unless turned off. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "cadre.security.sign-in-limit.enabled", matchIfMissing = true)
	static class SignInLimitConfiguration {

		@Bean
		SignInAttempts signInAttempts(CadreSecurityProperties properties) {
			return new SignInAttempts(properties.signInLimit(), Clock.systemUTC());
		}

		@Bean
		SignInOutcomes signInOutcomes(SignInAttempts attempts, CadreSecurityProperties properties) {
			return new SignInOutcomes(attempts, properties.signInLimit());
		}

		@Bean
		SignInLimitFilter signInLimitFilter(SignInAttempts attempts, ProblemResponses problems) {
			return new SignInLimitFilter(attempts, problems);
		}

		/**
		 * Only in the security chain, not a second time as a servlet filter of its own.
		 */
		@Bean
		FilterRegistrationBean<SignInLimitFilter> signInLimitFilterRegistration(SignInLimitFilter filter) {
			FilterRegistrationBean<SignInLimitFilter> registration = new FilterRegistrationBean<>(filter);
			registration.setEnabled(false);
			return registration;
		}

	}

}
