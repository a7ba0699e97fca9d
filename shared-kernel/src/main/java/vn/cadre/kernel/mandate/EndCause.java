package vn.cadre.kernel.mandate;

/** Why a mandate ended. */
public enum EndCause {

	/** hết nhiệm kỳ */
	TERM_ENDED,
	/** điều động, luân chuyển */
	TRANSFERRED,
	/** từ chức, xin thôi */
	RESIGNED,
	/** miễn nhiệm, cách chức */
	DISMISSED,
	/** nghỉ hưu */
	RETIRED,
	/** từ trần */
	DIED,
	/** đơn vị sáp nhập */
	UNIT_MERGED,
	/** đơn vị chia tách */
	UNIT_SPLIT,
	/** đơn vị giải thể */
	UNIT_DISSOLVED,
	/** lý do khác */
	OTHER

}
