package vn.cadre.support.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a bearer token's user and roles from configurable claims. Identity providers put
 * roles in different places ({@code roles}, {@code groups}, Keycloak's
 * {@code realm_access.roles}), so the claim is a dotted path; values that are not one of
 * the four roles are ignored rather than refused, since tokens carry roles of other
 * applications too.
 */
public final class TokenRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	private final String rolesClaim;

	private final String principalClaim;

	private final String rolePrefix;

	public TokenRoles(CadreSecurityProperties.Jwt settings) {
		this.rolesClaim = settings.rolesClaim();
		this.principalClaim = settings.principalClaim();
		this.rolePrefix = (settings.rolePrefix() != null) ? settings.rolePrefix() : "";
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		List<GrantedAuthority> authorities = roles(jwt).stream()
			.filter((value) -> value.startsWith(this.rolePrefix))
			.map((value) -> value.substring(this.rolePrefix.length()))
			.map(Role::parse)
			.flatMap(Optional::stream)
			.distinct()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		String name = jwt.getClaimAsString(this.principalClaim);
		return new JwtAuthenticationToken(jwt, authorities, (name == null || name.isBlank()) ? jwt.getSubject() : name);
	}

	private List<String> roles(Jwt jwt) {
		Object value = jwt.getClaims();
		for (String step : this.rolesClaim.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return List.of();
			}
			value = map.get(step);
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		if (value instanceof String text) {
			return List.of(text.split("[\\s,]+"));
		}
		return List.of();
	}

}
