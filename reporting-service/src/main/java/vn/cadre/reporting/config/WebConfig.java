package vn.cadre.reporting.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.cadre.reporting.messaging.ReadYourWritesInterceptor;

/** Every read of the API may ask to see a write first. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	private final ReadYourWritesInterceptor readYourWrites;

	WebConfig(ReadYourWritesInterceptor readYourWrites) {
		this.readYourWrites = readYourWrites;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.readYourWrites).addPathPatterns("/api/**");
	}

}
