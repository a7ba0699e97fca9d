package vn.cadre.assignments.web;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import vn.cadre.assignments.eventstore.StoredPositions;

/**
 * Hands the position of the last event a command stored from the command's unit of work
 * to the request waiting for it. The sender announces the command before dispatching it;
 * once the command's unit of work has committed, this interceptor notes the position the
 * event store left on it; the sender takes it when the command returns. Commands nobody
 * announced pass through untouched.
 */
@Component
public class CommandPositions implements MessageHandlerInterceptor<CommandMessage<?>> {

	private final Map<String, AtomicLong> awaited = new ConcurrentHashMap<>();

	void expect(CommandMessage<?> command) {
		this.awaited.put(command.getIdentifier(), new AtomicLong());
	}

	/** The position the command stored up to, and forgets the command. */
	OptionalLong take(CommandMessage<?> command) {
		AtomicLong position = this.awaited.remove(command.getIdentifier());
		return (position != null && position.get() > 0) ? OptionalLong.of(position.get()) : OptionalLong.empty();
	}

	@Override
	public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
		AtomicLong position = this.awaited.get(unitOfWork.getMessage().getIdentifier());
		if (position != null) {
			unitOfWork.afterCommit(committed -> StoredPositions.lastIn(committed).ifPresent(position::set));
		}
		return chain.proceed();
	}

}
