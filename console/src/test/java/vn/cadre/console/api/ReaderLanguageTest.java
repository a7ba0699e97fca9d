package vn.cadre.console.api;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/** A call made for a page asks for the page's language; any other names none. */
class ReaderLanguageTest {

	private final RestClient.Builder builder = RestClient.builder().requestInterceptor(new ReaderLanguage());

	private final MockRestServiceServer service = MockRestServiceServer.bindTo(this.builder).build();

	private final RestClient client = this.builder.build();

	@AfterEach
	void forgetTheReader() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aPagesCall_asksForThePagesLanguage() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi-VN"));
		this.service.expect(requestTo("/api/units"))
			.andExpect(header(HttpHeaders.ACCEPT_LANGUAGE, "vi"))
			.andRespond(withSuccess());
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		this.service.expect(requestTo("/api/units"))
			.andExpect(header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andRespond(withSuccess());

		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi-VN"));
		this.client.get().uri("/api/units").retrieve().toBodilessEntity();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		this.client.get().uri("/api/units").retrieve().toBodilessEntity();

		this.service.verify();
	}

	@Test
	void aCallOutsideAPage_namesNoLanguage() {
		this.service.expect(requestTo("/api/units"))
			.andExpect(headerDoesNotExist(HttpHeaders.ACCEPT_LANGUAGE))
			.andRespond(withSuccess());

		this.client.get().uri("/api/units").retrieve().toBodilessEntity();

		this.service.verify();
	}

}
