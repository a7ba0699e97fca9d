package vn.cadre.console.signin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form, in the console's language and look. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
