package vn.cadre.support.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which role may call which of a service's endpoints. Each service declares its own;
 * anything no rule names is denied, so a new endpoint is closed until someone decides who
 * may call it.
 */
@FunctionalInterface
public interface EndpointRules {

	void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
