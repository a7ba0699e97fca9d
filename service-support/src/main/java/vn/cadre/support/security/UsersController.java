package vn.cadre.support.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.support.web.ProblemResponses;
import vn.cadre.support.web.StrictJson.RawText;

/**
 * {@code /admin/users}: the users of the users file, for administrators. Hashes never
 * leave the service; a password is only ever sent in, never read back.
 */
@RestController
@RequestMapping("/admin/users")
class UsersController {

	private final UsersFile users;

	UsersController(UsersFile users) {
		this.users = users;
	}

	record UserView(String name, Set<Role> roles) {
	}

	record PutUser(@Size(min = 12, max = 72) @RawText String password, @NotEmpty @Size(max = 4) Set<Role> roles) {
	}

	@GetMapping
	List<UserView> list() {
		return this.users.read().values().stream().map((user) -> new UserView(user.name(), user.roles())).toList();
	}

	/**
	 * Adds a user or changes one; without a password an existing user keeps theirs, a new
	 * user must be given one.
	 */
	@PutMapping("/{name}")
	ResponseEntity<UserView> put(@PathVariable String name, @Valid @RequestBody PutUser body) {
		if (!UsersFile.USER_NAME.matcher(name).matches()) {
			throw UserRefused.invalid("user.name");
		}
		boolean created = this.users.put(name, body.password(), EnumSet.copyOf(body.roles()));
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new UserView(name, EnumSet.copyOf(body.roles())));
	}

	@DeleteMapping("/{name}")
	ResponseEntity<Void> delete(@PathVariable String name) {
		if (!this.users.remove(name)) {
			throw UserRefused.unknown(name);
		}
		return ResponseEntity.noContent().build();
	}

	/** Said in the language the request accepts, with the status the refusal names. */
	@ExceptionHandler(UserRefused.class)
	ProblemDetail refused(UserRefused ex, HttpServletRequest request) {
		return ProblemResponses.of(ex.status(), ex, request);
	}

}
