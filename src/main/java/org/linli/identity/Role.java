package org.linli.identity;

import org.linli.shared.Jurisdiction.Scope;

/** Roles of the platform; each account holds one and works in one region node. */
public enum Role {

	/** 居民 — reports, follows and updates their own records. */
	RESIDENT(Scope.SELF),
	/** 网格员 — knows every house in one grid. */
	GRID_WORKER(Scope.SUBTREE),
	/** 十联户长 — resident volunteer for about ten households. */
	HOUSEHOLD_HEAD(Scope.SUBTREE),
	/** 社区工作者 — runs one community. */
	COMMUNITY_WORKER(Scope.SUBTREE),
	/** 街道干部 — dispatches and supervises across a street's communities. */
	STREET_OFFICER(Scope.SUBTREE),
	/** 区级干部 — dispatches and supervises across a district. */
	DISTRICT_OFFICER(Scope.SUBTREE),
	/** 职能部门处置人员 — handles work dispatched to their department. */
	DEPARTMENT_HANDLER(Scope.DEPARTMENT),
	/** 商户/服务商 — lists services and fulfils orders. */
	MERCHANT(Scope.SELF),
	/** 领导 — reads the whole picture of their region. */
	LEADER(Scope.SUBTREE),
	/**
	 * 设备接入账号 — a device platform's integration account, not a person: passes on alarms as
	 * events inside its node (its API token is all it uses) and may do nothing else.
	 */
	DEVICE_GATEWAY(Scope.SUBTREE),
	/** 系统管理员 — accounts and roles only. */
	SYSTEM_ADMIN(Scope.NONE),
	/** 安全管理员 — security policies only. */
	SECURITY_ADMIN(Scope.NONE),
	/** 审计管理员 — reads the audit log only. */
	AUDIT_ADMIN(Scope.NONE);

	private final Scope scope;

	Role(Scope scope) {
		this.scope = scope;
	}

	public Scope scope() {
		return scope;
	}

	/** Staff work in a region node; residents and merchants do not need one. */
	public boolean needsRegion() {
		return scope == Scope.SUBTREE || scope == Scope.DEPARTMENT || this == SYSTEM_ADMIN;
	}

	public boolean administrator() {
		return scope == Scope.NONE;
	}

}
