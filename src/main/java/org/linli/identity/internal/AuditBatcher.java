package org.linli.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Group commit for the audit chain. The chain is appended under one lock, and each append
 * used to hold it through its own commit's disk flush, so every write request of the
 * platform queued behind one flush at a time. Here the callers of the moment hand their
 * entries to one thread that appends them together in one transaction (one flush for all)
 * and only then lets each caller go on: an entry is on disk before its request completes,
 * as before, and the chain order is the order entries were taken.
 */
final class AuditBatcher implements AutoCloseable {

	/** Entries appended in one transaction at most. */
	static final int MAX_BATCH = 500;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final Consumer<List<AuditDraft>> appendInOneTransaction;

	private final Thread thread;

	private volatile boolean open = true;

	AuditBatcher(Consumer<List<AuditDraft>> appendInOneTransaction) {
		this.appendInOneTransaction = appendInOneTransaction;
		this.thread = new Thread(this::run, "audit-chain");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Appends the entry and returns once it is committed; rethrows the append's failure.
	 */
	void append(AuditDraft draft) {
		Pending pending = new Pending(draft, new CompletableFuture<>());
		if (!open) {
			appendInOneTransaction.accept(List.of(draft));
			return;
		}
		queue.add(pending);
		while (true) {
			try {
				pending.done().get(1, TimeUnit.SECONDS);
				return;
			}
			catch (TimeoutException ex) {
				// Taken just as the batcher closed: nobody else will write it.
				if (!thread.isAlive() && queue.remove(pending)) {
					appendInOneTransaction.accept(List.of(draft));
					return;
				}
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while the audit entry was written", ex);
			}
		}
	}

	private void run() {
		while (open || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first != null) {
					List<Pending> batch = new ArrayList<>();
					batch.add(first);
					queue.drainTo(batch, MAX_BATCH - 1);
					write(batch);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void write(List<Pending> batch) {
		try {
			appendInOneTransaction.accept(batch.stream().map(Pending::draft).toList());
			batch.forEach(p -> p.done().complete(null));
		}
		catch (RuntimeException | Error ex) {
			batch.forEach(p -> p.done().completeExceptionally(ex));
		}
	}

	/** Stops taking entries; what is queued is still written. */
	@Override
	public void close() throws InterruptedException {
		open = false;
		thread.join(TimeUnit.SECONDS.toMillis(10));
	}

	private record Pending(AuditDraft draft, CompletableFuture<Void> done) {
	}

}
