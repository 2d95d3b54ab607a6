package org.linli.population;

/**
 * Permission catalogue of the population module (granted to roles in
 * {@code identity_role_permission} by the module's migration).
 */
public final class PopulationPermissions {

	/** See residents, sensitive values masked. */
	public static final String READ = "population.read";

	/** Create, change and retire residents. */
	public static final String WRITE = "population.write";

	/** Show a full ID number or phone after stating a reason (audited). */
	public static final String REVEAL = "population.reveal";

	/** See and set sensitive key-population tags (社区矫正, 刑满释放, 严重精神障碍 …). */
	public static final String SENSITIVE_TAGS = "population.sensitive-tags";

	/** Import residents in bulk from a CSV or XLSX file (居民导入). */
	public static final String IMPORT = "population.import";

	/**
	 * Decide which key-population tags are sensitive and what each records (a protection
	 * policy of the security administrator).
	 */
	public static final String TAG_POLICY = "policy.population-tags";

	/** Open and close door-knock campaigns (敲门行动批次). */
	public static final String CAMPAIGN = "population.campaign";

	/** Approve or reject residents' proposed changes to their own records (社区审核). */
	public static final String REVIEW = "population.review";

	private PopulationPermissions() {
	}

}
