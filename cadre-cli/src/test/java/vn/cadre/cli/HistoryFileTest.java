package vn.cadre.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cadre.kernel.chain.ChainLink;
import vn.cadre.kernel.chain.HashChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Offline verification of an exported history, on files written as the service writes
 * them.
 */
class HistoryFileTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path folder;

	@Test
	void anUntouchedExport_verifies_againstItsOwnDigest() throws Exception {
		List<String> lines = export(3, 3);

		HistoryFile.Result result = HistoryFile.verify(write(lines), null);

		assertThat(result.intact()).isTrue();
		assertThat(result.events()).isEqualTo(3);
		assertThat(result.through()).isEqualTo(3);
	}

	@Test
	void oneChangedByte_namesItsPosition() throws Exception {
		List<String> lines = export(3, 3);
		lines.set(2, lines.get(2).replace("Xã 2", "Xã 7"));

		HistoryFile.Result result = HistoryFile.verify(write(lines), null);

		assertThat(result.intact()).isFalse();
		assertThat(result.brokenAt()).isEqualTo(2);
		assertThat(result.through()).isEqualTo(1);
	}

	@Test
	void aCutTail_isCaught_byTheHeader_andByAnIndependentDigest() throws Exception {
		List<String> lines = export(3, 3);
		List<String> cut = new ArrayList<>(lines.subList(0, 3));
		List<String> cutWithEnd = new ArrayList<>(cut);
		cutWithEnd.add(lines.get(lines.size() - 1));

		assertThat(HistoryFile.verify(write(cut), null).brokenAt()).isEqualTo(3);
		assertThat(HistoryFile.verify(write(cut), null).status()).isEqualTo("TRUNCATED");
		assertThat(HistoryFile.verify(write(cutWithEnd), null).reason()).contains("end line names position 3");

		List<String> rewritten = export(2, 2);
		String independent = "3:" + hashes(3).get(2);
		HistoryFile.Result result = HistoryFile.verify(write(rewritten), HistoryFile.Digest.parse(independent));
		assertThat(result.intact()).isFalse();
		assertThat(result.reason()).contains("digest names position 3");
	}

	@Test
	void aFileThatIsNoHistory_isRefused() throws Exception {
		Path file = write(List.of("{\"format\":\"something-else\"}"));

		assertThatThrownBy(() -> HistoryFile.verify(file, null)).hasMessageContaining("not a cadre-ledger history");
		assertThatThrownBy(() -> HistoryFile.Digest.parse("3:xyz")).hasMessageContaining("POSITION:HASH");
	}

	/**
	 * A history of {@code events} events with a digest at {@code digestAt}, as the
	 * service exports it.
	 */
	private static List<String> export(int events, int digestAt) throws Exception {
		List<String> hashes = hashes(events);
		List<String> lines = new ArrayList<>();
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("format", "cadre-ledger-history/1");
		header.put("from", 1);
		header.put("through", events);
		header.put("digest", Map.of("position", digestAt, "hash", hashes.get(digestAt - 1)));
		lines.add(JSON.writeValueAsString(header));
		String previous = HashChain.GENESIS;
		for (int i = 1; i <= events; i++) {
			Map<String, Object> line = JSON.convertValue(link(i), Map.class);
			line.put("hash", hashes.get(i - 1));
			line.put("previous", previous);
			previous = hashes.get(i - 1);
			lines.add(JSON.writeValueAsString(line));
		}
		lines.add(JSON.writeValueAsString(Map.of("end", true, "through", events, "events", events)));
		return lines;
	}

	private static List<String> hashes(int events) {
		List<String> hashes = new ArrayList<>();
		String previous = HashChain.GENESIS;
		for (int i = 1; i <= events; i++) {
			previous = HashChain.next(previous, link(i));
			hashes.add(previous);
		}
		return hashes;
	}

	private static ChainLink link(int i) {
		return new ChainLink(i, "e-" + i, "2025-07-01T00:00:0" + i + "Z", "AdministrativeUnit", "u-" + i, 0,
				"vn.cadre.kernel.unit.UnitRegistered", "2", "{\"name\":\"Xã " + i + "\"}", "{\"actor\":\"can-bo-07\"}");
	}

	private Path write(List<String> lines) throws Exception {
		Path file = Files.createTempFile(this.folder, "history", ".ndjson");
		Files.write(file, lines);
		return file;
	}

}
