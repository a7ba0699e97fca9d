package vn.cadre.reporting.config;

import java.time.Instant;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.cadre.reporting.messaging.freshness.ReadYourWritesInterceptor;
import vn.cadre.reporting.web.IsoInstants;

/** Every read of the API may ask to see a write first; its instants are ISO-8601. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	private final ReadYourWritesInterceptor readYourWrites;

	WebConfig(ReadYourWritesInterceptor readYourWrites) {
		this.readYourWrites = readYourWrites;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(Instant.class, new IsoInstants());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.readYourWrites).addPathPatterns("/api/**");
	}

}
