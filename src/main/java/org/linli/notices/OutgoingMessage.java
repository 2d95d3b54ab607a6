package org.linli.notices;

import java.util.List;

/**
 * One inbox message as a sender receives it: the text is a message key with arguments, so
 * a sender renders it in the recipient's language.
 *
 * @param id the inbox message id
 * @param accountId the recipient
 * @param kind what happened, e.g. {@code EVENT_OVERDUE}
 * @param messageKey the text's key in the {@code i18n/notices} bundle
 * @param args the key's arguments
 * @param link the page the message points to, a path inside the platform
 */
public record OutgoingMessage(long id, long accountId, String kind, String messageKey, List<String> args, String link) {
}
