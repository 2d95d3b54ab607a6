package org.linli.identity;

import org.junit.jupiter.api.Test;
import org.linli.identity.AuditLog.AuditVerification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log is append-only (the database refuses changes) and hash-chained (a change
 * made around that guard, by someone with superuser rights, is found and located).
 */
@SpringBootTest
class AuditChainTamperTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDatabaseRefusesToChangeOrDeleteEntries() {
		audit.recordFor("tester", null, "test.append", "x:1", "SUCCESS", "first");
		long seq = lastSeq();
		assertThatThrownBy(() -> jdbc.sql("update identity_audit_entry set detail = 'forged' where seq = :s")
			.param("s", seq)
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from identity_audit_entry where seq = :s").param("s", seq).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void verificationFindsAnEditedEntryAndNamesIt() {
		audit.recordFor("tester", null, "test.append", "x:2", "SUCCESS", "original");
		long seq = lastSeq();
		audit.recordFor("tester", null, "test.append", "x:3", "SUCCESS", "after");
		assertThat(audit.verify().intact()).isTrue();

		tamper("update identity_audit_entry set detail = 'forged' where seq = " + seq);
		try {
			AuditVerification result = audit.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
		}
		finally {
			tamper("update identity_audit_entry set detail = 'original' where seq = " + seq);
		}
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void verificationFindsADeletedEntry() {
		audit.recordFor("tester", null, "test.append", "x:4", "SUCCESS", "to be removed");
		long seq = lastSeq();
		audit.recordFor("tester", null, "test.append", "x:5", "SUCCESS", "after");
		tamper("create table audit_tamper_saved as select * from identity_audit_entry where seq = " + seq);
		tamper("delete from identity_audit_entry where seq = " + seq);
		try {
			AuditVerification result = audit.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq + 1);
		}
		finally {
			tamper("insert into identity_audit_entry select * from audit_tamper_saved");
			tamper("drop table audit_tamper_saved");
		}
		assertThat(audit.verify().intact()).isTrue();
	}

	private long lastSeq() {
		return jdbc.sql("select max(seq) from identity_audit_entry").query(Long.class).single();
	}

	/**
	 * What an attacker with superuser rights could do: switch the guard off around the
	 * change.
	 */
	private void tamper(String sql) {
		jdbc.sql("alter table identity_audit_entry disable trigger identity_audit_entry_no_update").update();
		try {
			jdbc.sql(sql).update();
		}
		finally {
			jdbc.sql("alter table identity_audit_entry enable trigger identity_audit_entry_no_update").update();
		}
	}

}
