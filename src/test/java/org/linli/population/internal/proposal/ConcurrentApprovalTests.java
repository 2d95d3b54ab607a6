package org.linli.population.internal.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.population.internal.Caller;
import org.linli.population.internal.ResidentDraft;
import org.linli.population.internal.Residents;
import org.linli.shared.ConflictException;
import org.linli.shared.Jurisdiction;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ConcurrentApprovalTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Residents residents;

	@Autowired
	SelfUpdates selfUpdates;

	@Autowired
	ProposalReview review;

	@Test
	void ofTwoSimultaneousApprovalsOneWinsAndTheOtherIsRefused() throws Exception {
		TestCity city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		String worker = accounts.create(Role.COMMUNITY_WORKER, city.communityA);
		Caller reviewer = new Caller(new Jurisdiction(accounts.idOf(worker), worker, Jurisdiction.Scope.SUBTREE,
				city.communityA.path(), null), false);
		String phone = TestIdCards.mobile();
		String idCard = TestIdCards.random();
		long record = residents
			.create(reviewer,
					new ResidentDraft(city.gridA.id(), null, "褚八", idCard, phone, null, "REGISTERED", null, null, null,
							null, false, null))
			.id();
		String residentAccount = accounts.create(Role.RESIDENT, null);
		jdbc.sql("update population_resident set account_id = :a where id = :r")
			.param("a", accounts.idOf(residentAccount))
			.param("r", record)
			.update();
		Jurisdiction me = new Jurisdiction(accounts.idOf(residentAccount), residentAccount, Jurisdiction.Scope.SELF,
				null, null);
		long proposal = selfUpdates.propose(me, null, Map.of("education", "MASTER")).proposal().id();

		CountDownLatch start = new CountDownLatch(1);
		Callable<Boolean> approve = () -> {
			start.await();
			try {
				review.approve(reviewer, proposal, 0, null);
				return true;
			}
			catch (ConflictException ex) {
				return false;
			}
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Boolean>> results = new ArrayList<>(List.of(pool.submit(approve), pool.submit(approve)));
		start.countDown();
		List<Boolean> outcomes = new ArrayList<>();
		for (Future<Boolean> f : results) {
			outcomes.add(f.get());
		}
		pool.shutdown();
		assertThat(outcomes).containsExactlyInAnyOrder(true, false);
		assertThat(jdbc
			.sql("select count(*) from population_resident_change where resident_id = :r and field = 'education'")
			.param("r", record)
			.query(Long.class)
			.single()).as("applied once").isEqualTo(1);
	}

}
