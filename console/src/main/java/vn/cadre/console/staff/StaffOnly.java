package vn.cadre.console.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The staff's forms are shown to staff and administrators only. The command side would
 * refuse anyone else's command anyway; refusing the form itself spares a person filling
 * in a whole form only to be told at the end that it was never theirs to send.
 */
@Configuration(proxyBeanMethods = false)
class StaffOnly implements WebMvcConfigurer, HandlerInterceptor {

	static boolean mayRecord(HttpServletRequest request) {
		return request.isUserInRole("STAFF") || request.isUserInRole("ADMIN");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/staff", "/staff/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!mayRecord(request)) {
			throw new NotStaff();
		}
		return true;
	}

	/** A person without the role asked for a staff page. */
	static final class NotStaff extends RuntimeException {

		NotStaff() {
			super("Staff pages are for STAFF and ADMIN");
		}

	}

}
