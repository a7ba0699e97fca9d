package vn.cadre.console;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's frame shows: the link that switches the language of this page. */
@ControllerAdvice
class PageModel {

	@ModelAttribute("switchLanguage")
	String switchLanguage(Locale locale) {
		String other = "en".equals(locale.getLanguage()) ? "vi" : "en";
		UriComponents here = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", other).build();
		// relative, so that it stays right behind a proxy that rewrites the host
		return UriComponentsBuilder.newInstance().path(here.getPath()).query(here.getQuery()).build().toUriString();
	}

}
