package vn.cadre.kernel.document;

/**
 * The kind of a legal document, as its number's abbreviation shows (NQ, QĐ, KH, CT, CV
 * ...).
 */
public enum DocumentKind {

	/** Luật */
	LAW,
	/** Nghị quyết */
	RESOLUTION,
	/** Nghị định */
	DECREE,
	/** Quyết định */
	DECISION,
	/** Quy định */
	REGULATION,
	/** Chỉ thị */
	DIRECTIVE,
	/** Kế hoạch */
	PLAN,
	/** Kết luận */
	CONCLUSION,
	/** Hướng dẫn */
	GUIDANCE,
	/** Công văn */
	OFFICIAL_LETTER,
	/** Báo cáo */
	REPORT,
	/** Văn bản khác */
	OTHER

}
