package org.gongkai.app.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the public portal reads beside {@link Disclosures}: the latest publications and a
 * disclosure found by its permanent address. Only current published versions (not superseded),
 * whoever asks: the portal is the public's view.
 */
@Service
public class Publications {

    /**
     * A current published version.
     *
     * @param publishedDate null when the publication recorded none
     */
    public record Publication(long disclosureId, String region, String regionName, String department, String departmentName,
            int fiscalYear, String phase, String kind, int version, LocalDate publishedDate) {
    }

    private static final String SELECT = "SELECT x.id, r.code AS region_code, r.name AS region_name, d.code AS department_code,"
            + " d.name AS department_name, x.fiscal_year, x.phase, x.kind, v.number, v.published_date"
            + " FROM versions v JOIN disclosures x ON x.id = v.disclosure_id JOIN regions r ON r.id = x.region_id"
            + " JOIN departments d ON d.id = x.department_id WHERE v.status = 'published' AND v.superseded = FALSE";

    private final JdbcClient jdbc;

    public Publications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest publications, newest first (by published date, then by the time of the transition). */
    public List<Publication> latest(int limit) {
        return jdbc.sql(SELECT + " ORDER BY v.published_date DESC, v.updated_at DESC, x.id DESC LIMIT ?").param(limit)
                .query((rs, i) -> new Publication(rs.getLong("id"), rs.getString("region_code"), rs.getString("region_name"),
                        rs.getString("department_code"), rs.getString("department_name"), rs.getInt("fiscal_year"),
                        rs.getString("phase"), rs.getString("kind"), rs.getInt("number"),
                        rs.getObject("published_date", LocalDate.class)))
                .list();
    }

    /** The disclosure at this address (whatever its versions' status: the caller decides what it shows). */
    public Optional<Long> find(String region, String department, int year, String phase, String kind) {
        return jdbc.sql("SELECT x.id FROM disclosures x JOIN regions r ON r.id = x.region_id JOIN departments d ON d.id = x.department_id"
                + " WHERE r.code = ? AND d.code = ? AND x.fiscal_year = ? AND x.phase = ? AND x.kind = ?")
                .params(region, department, year, phase, kind).query(Long.class).optional();
    }
}
