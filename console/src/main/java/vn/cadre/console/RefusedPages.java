package vn.cadre.console;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import vn.cadre.console.api.Bilingual;
import vn.cadre.console.api.ServiceRefused;

/**
 * A page whose service refused: the person reads why in their language, with the status
 * the service gave (a role that may not see it, a read side still catching up).
 */
@ControllerAdvice
class RefusedPages {

	private static final Logger log = LoggerFactory.getLogger(RefusedPages.class);

	@ExceptionHandler(ServiceRefused.class)
	String refused(ServiceRefused refused, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(refused.status());
		model.addAttribute("status", refused.status());
		model.addAttribute("detail", Bilingual.half(locale, refused.detail()));
		return "refused";
	}

	/** A service that does not answer at all: the page says so, and nothing was done. */
	@ExceptionHandler(ResourceAccessException.class)
	String unreachable(ResourceAccessException unreachable, Model model, HttpServletResponse response) {
		log.warn("A service did not answer: {}", unreachable.getMessage());
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		model.addAttribute("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		model.addAttribute("unreachable", true);
		return "refused";
	}

}
