/**
 * 附近同类事件与附议 — before a resident reports, the open events of the same category within 50
 * m; instead of a duplicate report they support one ("+1"), once per account, counted on
 * the event and shown on its timeline. Nearby events show only what a passer-by could see
 * (category, state, a short description, the address, how far): never the reporter.
 */
package org.linli.events.internal.nearby;
