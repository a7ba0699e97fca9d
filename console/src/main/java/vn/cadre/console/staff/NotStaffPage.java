package vn.cadre.console.staff;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The page a person without the staff role sees instead of a form, for every staff
 * handler (the interceptor refuses before any of them runs).
 */
@ControllerAdvice(basePackageClasses = NotStaffPage.class)
class NotStaffPage {

	@ExceptionHandler(StaffOnly.NotStaff.class)
	String notStaff(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "staff-forbidden";
	}

}
