package vn.cadre.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;

/**
 * When started by the local stack, a service stops itself as soon as the launcher process
 * is gone, even if the launcher was killed without running its shutdown hooks; no JVM is
 * left behind holding ports.
 */
class ParentProcessWatch {

	static final String PARENT_PID = "CADRE_PARENT_PID";

	private static final Logger log = LoggerFactory.getLogger(ParentProcessWatch.class);

	private final long parentPid;

	ParentProcessWatch(long parentPid) {
		this.parentPid = parentPid;
	}

	@EventListener
	void watch(ContextRefreshedEvent event) {
		ConfigurableApplicationContext context = (ConfigurableApplicationContext) event.getApplicationContext();
		ProcessHandle.of(this.parentPid).ifPresentOrElse(parent -> parent.onExit().thenRun(() -> {
			log.warn("The launcher (pid {}) is gone; stopping", this.parentPid);
			System.exit(SpringApplication.exit(context));
		}), () -> System.exit(SpringApplication.exit(context)));
	}

}
