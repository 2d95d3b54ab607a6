package org.linli.population.internal.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes new residents (and their tags) with PostgreSQL COPY on the import's own
 * transactional connection: one COPY per chunk instead of a thousand INSERTs, with ids
 * taken from the table's sequence beforehand so the tags can follow in a second COPY.
 */
final class ResidentCopy {

	private static final String RESIDENTS = """
			copy population_resident (id, path, region_id, house_id, name, id_number_cipher, id_number_index,
			     id_number_masked, birth_date, sex, ethnic, phone_cipher, phone_index, phone_masked, residence_type,
			     registered_address, political_status, education, marital_status, data_source, created_at, updated_at,
			     document_type, nationality, employment, workplace, emergency_contact_name, emergency_phone_cipher,
			     emergency_phone_masked)
			from stdin""";

	private static final String TAGS = "copy population_resident_tag (resident_id, tag_code, tagged_at, tagged_by) from stdin";

	private static final HexFormat HEX = HexFormat.of();

	private final DataSource dataSource;

	private final String at;

	private final String by;

	ResidentCopy(DataSource dataSource, Instant now, String username) {
		this.dataSource = dataSource;
		this.at = now.toString();
		this.by = text(username);
	}

	/** Inserts {@code rows} under {@code ids} (same order). */
	void insert(List<SealedRow> rows, long[] ids) {
		StringBuilder residents = new StringBuilder(rows.size() * 420);
		StringBuilder tags = new StringBuilder();
		for (int i = 0; i < rows.size(); i++) {
			SealedRow s = rows.get(i);
			RowParser.ParsedRow r = s.row();
			residents.append(ids[i]).append('\t');
			field(residents, r.place().path().value());
			field(residents, Long.toString(r.place().regionId()));
			field(residents, r.place().houseId() == null ? null : r.place().houseId().toString());
			field(residents, r.name());
			residents.append("\\\\x").append(HEX.formatHex(s.idCipher())).append('\t');
			field(residents, s.idIndex());
			field(residents, r.document().masked());
			field(residents, r.document().birthDate().toString());
			field(residents, r.document().male() ? "M" : "F");
			field(residents, r.ethnic());
			if (s.phoneCipher() == null) {
				residents.append("\\N\t\\N\t\\N\t");
			}
			else {
				residents.append("\\\\x").append(HEX.formatHex(s.phoneCipher())).append('\t');
				field(residents, s.phoneIndex());
				field(residents, r.phone().masked());
			}
			field(residents, r.residenceType());
			field(residents, r.registeredAddress());
			field(residents, r.politicalStatus());
			field(residents, r.education());
			field(residents, r.maritalStatus());
			residents.append("IMPORT\t").append(at).append('\t').append(at).append('\t');
			field(residents, r.document().type().name());
			RowParser.Profile p = r.profile();
			if (p == null) {
				residents.append("CHN\t\\N\t\\N\t\\N\t\\N\t\\N\n");
			}
			else {
				field(residents, p.nationality() == null ? "CHN" : p.nationality());
				field(residents, p.employment());
				field(residents, p.workplace());
				field(residents, p.emergencyName());
				if (s.emergencyCipher() == null) {
					residents.append("\\N\t\\N\n");
				}
				else {
					residents.append("\\\\x").append(HEX.formatHex(s.emergencyCipher())).append('\t');
					residents.append(text(p.emergencyPhone().masked())).append('\n');
				}
			}
			for (String tag : r.tags()) {
				tags.append(ids[i])
					.append('\t')
					.append(tag)
					.append('\t')
					.append(at)
					.append('\t')
					.append(by)
					.append('\n');
			}
		}
		copy(RESIDENTS, residents);
		if (!tags.isEmpty()) {
			copy(TAGS, tags);
		}
	}

	/** Stages (resident id, 户号, relation, row) for the households formed at the end. */
	void members(List<Object[]> members) {
		StringBuilder data = new StringBuilder(members.size() * 48);
		for (Object[] m : members) {
			data.append(m[0])
				.append('\t')
				.append(text((String) m[1]))
				.append('\t')
				.append(m[2])
				.append('\t')
				.append(m[3])
				.append('\n');
		}
		copy("copy population_import_member (resident_id, number, relation, row_number) from stdin", data);
	}

	private void copy(String sql, StringBuilder data) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn(sql, new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (SQLException | IOException ex) {
			throw new DataAccessResourceFailureException("COPY into the resident tables failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void field(StringBuilder out, String value) {
		out.append(value == null ? "\\N" : text(value)).append('\t');
	}

	/** COPY's text format: backslash, tab and line breaks escaped. */
	static String text(String value) {
		if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

}
