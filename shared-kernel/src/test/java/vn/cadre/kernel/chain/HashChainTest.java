package vn.cadre.kernel.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HashChainTest {

	private static final ChainLink LINK = new ChainLink(7, "e-7", "2025-07-01T00:00:00Z", "AdministrativeUnit",
			"binh-lu", 0, "vn.cadre.kernel.unit.UnitRegistered", "2", "{\"unitId\":\"binh-lu\"}",
			"{\"actor\":\"can-bo-07\"}");

	@Test
	void theHash_isSha256OfThePreviousHashAndTheCanonicalBytes() throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		sha.update(new byte[32]);
		sha.update(LINK.canonicalBytes());

		assertThat(HashChain.next(HashChain.GENESIS, LINK)).isEqualTo(HexFormat.of().formatHex(sha.digest()))
			.hasSize(64);
	}

	@Test
	void changingAnyField_orThePreviousHash_changesTheHash() {
		String original = HashChain.next(HashChain.GENESIS, LINK);

		assertThat(HashChain.next(original, LINK)).isNotEqualTo(original);
		assertThat(hash(new ChainLink(8, "e-7", "2025-07-01T00:00:00Z", "AdministrativeUnit", "binh-lu", 0,
				"vn.cadre.kernel.unit.UnitRegistered", "2", "{\"unitId\":\"binh-lu\"}", "{\"actor\":\"can-bo-07\"}")))
			.isNotEqualTo(original);
		assertThat(hash(new ChainLink(7, "e-7", "2025-07-01T00:00:00Z", "AdministrativeUnit", "binh-lu", 0,
				"vn.cadre.kernel.unit.UnitRegistered", "2", "{\"unitId\":\"binh-lx\"}", "{\"actor\":\"can-bo-07\"}")))
			.isNotEqualTo(original);
		assertThat(hash(new ChainLink(7, "e-7", "2025-07-01T00:00:00Z", "AdministrativeUnit", "binh-lu", 0,
				"vn.cadre.kernel.unit.UnitRegistered", "2", "{\"unitId\":\"binh-lu\"}", "{\"actor\":\"can-bo-08\"}")))
			.isNotEqualTo(original);
		assertThat(hash(new ChainLink(7, "e-7", "2025-07-01T00:00:00Z", "AdministrativeUnit", "binh-lu", 0,
				"vn.cadre.kernel.unit.UnitRegistered", null, "{\"unitId\":\"binh-lu\"}", "{\"actor\":\"can-bo-07\"}")))
			.isNotEqualTo(original);
	}

	@Test
	void movingTextBetweenNeighbouringFields_changesTheBytes() {
		ChainLink split = new ChainLink(7, "e-7", "t", "ab", "c", 0, "T", "1", "{}", "{}");
		ChainLink moved = new ChainLink(7, "e-7", "t", "a", "bc", 0, "T", "1", "{}", "{}");

		assertThat(split.canonicalBytes()).isNotEqualTo(moved.canonicalBytes());
		assertThat(new String(split.canonicalBytes(), StandardCharsets.UTF_8)).contains("cadre-chain-link/1");
	}

	private static String hash(ChainLink link) {
		return HashChain.next(HashChain.GENESIS, link);
	}

}
