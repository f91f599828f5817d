package org.openiop.participant.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.UUID;

/**
 * The participant id behind a username, remembered until the end of the current transaction. One
 * press of Join asks for it up to four times (the join boundary, the session's reach, the
 * membership gate, the consents); each asking was a query. Only within one transaction: a username
 * whose participant is erased and enrolled again later gets its new id in the next one.
 */
@ApplicationScoped
public class UsernameIds {

    private static final String KEY = UsernameIds.class.getName() + ":";

    @Resource TransactionSynchronizationRegistry transactions;

    public Optional<UUID> remembered(String username) {
        if (username == null || !active()) {
            return Optional.empty();
        }
        return Optional.ofNullable((UUID) transactions.getResource(KEY + username));
    }

    public void remember(String username, UUID id) {
        if (username != null && id != null && active()) {
            transactions.putResource(KEY + username, id);
        }
    }

    private boolean active() {
        return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }
}
