package vn.cadre.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in: where each role starts. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
