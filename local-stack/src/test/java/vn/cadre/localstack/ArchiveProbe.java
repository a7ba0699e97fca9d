package vn.cadre.localstack;

/**
 * A program for {@link ClassDataSharingTest} to archive and then map: it loads itself and
 * ends.
 */
public final class ArchiveProbe {

	private ArchiveProbe() {
	}

	public static void main(String[] args) {
		System.out.println("probe ran");
	}

}
