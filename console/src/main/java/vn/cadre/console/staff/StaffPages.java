package vn.cadre.console.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff's home: the forms they may fill in. */
@Controller
class StaffPages {

	@GetMapping("/staff")
	String home() {
		return "staff-home";
	}

}
