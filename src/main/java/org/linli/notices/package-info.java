/**
 * Notices — 通知公告与消息: owns what the platform tells people: notices to a community, grid,
 * building or tag group, targeted messages, and each account's in-app inbox (站内信). For
 * now the inbox only: it listens to other modules' past-tense events (grid events
 * accepted, dispatched, returned, nearing their deadline, overdue, escalated, urged (督办)
 * or past a 督办 deadline, sent back at verification, merged, parked and resumed, claimed
 * and given back, closed, rejected) and puts a message in the inbox of whoever has to act
 * or wants to know, then hands it to the configured
 * {@link org.linli.notices.MessageSender} (a logging sender by default; SMS or WeChat
 * senders plug in as beans). Serves every logged-in account ({@code /me/inbox}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices and inbox",
		allowedDependencies = { "shared", "identity", "events" })
package org.linli.notices;
