package org.gongkai.app.store;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A count of the store's writes, for what a process keeps of the public's reads: a value read while
 * the count stood at {@code g} is still right while it stands at {@code g}. Every write is recorded
 * in the {@link AuditLog}, which counts it here once its transaction has ended (committed or rolled
 * back), so a read that overlapped the write is never kept past it. It holds for one server process
 * per database, which is how Gongkai runs (the command line writes users only while the server is
 * stopped).
 */
@Component
public class StoreChanges {

    private final AtomicLong generation = new AtomicLong();

    /** The count now: read it before reading the store, and keep what was read with it. */
    public long generation() {
        return generation.get();
    }

    /** One write: counted when its transaction ends, or at once outside a transaction. */
    void written() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        } else {
            generation.incrementAndGet();
        }
    }
}
