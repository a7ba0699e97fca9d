package vn.cadre.kernel.post;

/** The body a post belongs to. */
public enum PostGroup {

	/** Đảng */
	PARTY,
	/** Hội đồng nhân dân */
	COUNCIL,
	/** Ủy ban nhân dân */
	COMMITTEE,
	/** Mặt trận Tổ quốc */
	FRONT,
	/** đoàn thể chính trị - xã hội */
	MASS_ORGANISATION,
	/** Công an */
	POLICE,
	/** Quân sự */
	MILITARY,
	/** Tòa án */
	COURT,
	/** Viện kiểm sát */
	PROCURACY,
	/** Thanh tra */
	INSPECTORATE

}
