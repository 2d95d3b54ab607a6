package org.linli.identity.internal;

import org.linli.region.RegionNodeMoved;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps accounts' data scopes on the tree when a node moves. It runs in the mover's
 * transaction (a plain listener, not an asynchronous one), so there is no moment in which
 * a moved community's staff hold a path that no longer exists. Sessions opened before the
 * move keep the old path until the next login; that path matches nothing any more, so
 * they see less, not more.
 */
@Component
class AccountScopes {

	private final JdbcClient jdbc;

	AccountScopes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RegionNodeMoved moved) {
		jdbc.sql("""
				update identity_account
				   set region_path = cast(:newParent as ltree) || subpath(region_path, nlevel(cast(:from as ltree)) - 1)
				 where region_path <@ cast(:from as ltree)""")
			.param("newParent", moved.to().value().substring(0, moved.to().value().lastIndexOf('.')))
			.param("from", moved.from().value())
			.update();
	}

}
