package org.linli.region;

import org.linli.shared.RegionPath;

/**
 * A node of the administrative tree (with its whole subtree, buildings and houses) now
 * hangs under another parent. Modules that store region paths (accounts' scopes,
 * residents, events) rewrite the paths under {@code from} to lie under {@code to}.
 *
 * @param nodeId the moved node
 * @param from its path before the move
 * @param to its path after the move
 */
public record RegionNodeMoved(long nodeId, RegionPath from, RegionPath to) {
}
