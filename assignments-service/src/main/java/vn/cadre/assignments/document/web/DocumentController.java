package vn.cadre.assignments.document.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.assignments.document.RegisterDocument;
import vn.cadre.assignments.web.CommandSender;
import vn.cadre.kernel.document.DocumentNumber;

/** HTTP entry for registering legal documents. */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

	private final CommandSender commands;

	DocumentController(CommandSender commands) {
		this.commands = commands;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> register(@Valid @RequestBody RegisterDocumentRequest request) {
		DocumentNumber number = new DocumentNumber(request.number());
		return this.commands
			.send(new RegisterDocument(number, request.issuedOn(), request.issuer(), request.kind(), request.title()),
					request.reason())
			.created(URI.create("/api/documents/" + URLEncoder.encode(number.value(), StandardCharsets.UTF_8)),
					Map.of("number", number.value()));
	}

}
