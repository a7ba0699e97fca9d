package vn.cadre.support.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who the caller is signed in as and with which roles, so a client
 * can show only what its user may do.
 */
@RestController
class CurrentUserController {

	record CurrentUser(String name, List<String> roles) {
	}

	@GetMapping("/api/me")
	CurrentUser me(Authentication authentication) {
		return new CurrentUser(authentication.getName(),
				authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.flatMap((authority) -> Role.parse(authority).stream())
					.map(Role::name)
					.sorted()
					.toList());
	}

}
