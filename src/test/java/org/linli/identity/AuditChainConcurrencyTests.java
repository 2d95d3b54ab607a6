package org.linli.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many callers appending at once (write requests end together; those outside a
 * transaction share one commit) still make one unbroken chain, every entry on it once and
 * already stored when its call returns, and a caller inside a transaction appends on the
 * spot.
 */
@SpringBootTest
class AuditChainConcurrencyTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void concurrentAppendsMakeOneUnbrokenChainAndAreStoredWhenTheCallReturns() throws Exception {
		String run = "c" + System.nanoTime();
		int callers = 24;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		List<Future<Long>> seen = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			String target = run + ":" + i;
			seen.add(pool.submit(() -> {
				start.await();
				for (int k = 0; k < 5; k++) {
					audit.recordFor("tester", null, "test.concurrent", target, "SUCCESS", "n" + k);
				}
				// Stored on return: the caller's own five entries are readable at once.
				return count(target);
			}));
		}
		start.countDown();
		for (Future<Long> f : seen) {
			assertThat(f.get()).isEqualTo(5);
		}
		pool.shutdown();
		assertThat(count(run + ":%")).isEqualTo(callers * 5L);
		assertThat(jdbc.sql("select count(*) = count(distinct seq) and max(seq) = count(*) from identity_audit_entry")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void aCallerInsideATransactionAppendsOnTheSpotAndKeepsItIfTheBusinessChangeRollsBack() {
		String target = "t" + System.nanoTime();
		transactions.executeWithoutResult(status -> {
			audit.recordFor("tester", null, "test.in-transaction", target, "FAILURE", "refused");
			status.setRollbackOnly();
		});
		assertThat(count(target)).isEqualTo(1);
		assertThat(audit.verify().intact()).isTrue();
	}

	private long count(String targetPattern) {
		return jdbc.sql("select count(*) from identity_audit_entry where target like :p")
			.param("p", targetPattern)
			.query(Long.class)
			.single();
	}

}
