package vn.cadre.assignments.document;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Refuses a command whose cited document is not registered, before any handler runs. A
 * document is registered when its aggregate has an event; the event store answers that
 * with an index lookup.
 */
public class CitationCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

	private final Citations citations;

	public CitationCheck(Citations citations) {
		this.citations = citations;
	}

	@Override
	public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
		if (unitOfWork.getMessage().getPayload() instanceof CitesLegalBasis citing) {
			this.citations.requireRegistered(citing.legalBasis(), "legalBasis");
		}
		return chain.proceed();
	}

}
