package vn.cadre.localstack;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs another program's {@code main} and exits when the given parent process is gone, so
 * a child started by the stack (the Kafka broker) does not outlive a launcher killed
 * without its shutdown hooks. Usage:
 * {@code ParentWatchingMain <parentPid> <mainClass> [args...]}.
 */
public final class ParentWatchingMain {

	private ParentWatchingMain() {
	}

	public static void main(String[] args) throws Exception {
		long parentPid = Long.parseLong(args[0]);
		ProcessHandle.of(parentPid)
			.ifPresentOrElse(parent -> parent.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
		Method main = Class.forName(args[1]).getMethod("main", String[].class);
		main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
	}

}
