package org.gongkai.app.store;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory: regions (行政区划), departments and units, users, API tokens, and logins with their
 * throttle. Writes are the admin's (and the command line's, as an admin); each goes into the audit log.
 */
@Service
public class Directory {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String USER_COLUMNS = "u.id, u.username, u.role, u.enabled, d.code AS department_code, r.code AS region_code";
    private static final String USER_FROM = " FROM users u LEFT JOIN departments d ON d.id = u.department_id"
            + " LEFT JOIN regions r ON r.id = u.region_id";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final StoreSettings settings;
    private final PasswordEncoder passwords = new BCryptPasswordEncoder();
    /** Compared against when the user does not exist, so both take as long. */
    private final String dummyHash = passwords.encode("gongkai-dummy-password");

    public Directory(JdbcClient jdbc, AuditLog audit, Clock clock, StoreSettings settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    // ---- regions

    /** Creates a region; its parent (if any) must exist. Admin only. */
    @Transactional
    public Region createRegion(Caller caller, Region region) {
        requireAdmin(caller);
        String code = required(region.code(), "行政区划代码");
        String name = required(region.name(), "行政区划名称");
        if (regionId(code).isPresent()) {
            throw new StoreException.Conflict("行政区划已存在：" + code);
        }
        Long parentId = region.parent() == null || region.parent().isBlank() ? null
                : regionId(region.parent()).orElseThrow(() -> new StoreException.Invalid("上级行政区划不存在：" + region.parent()));
        jdbc.sql("INSERT INTO regions (code, name, parent_id, created_at) VALUES (?, ?, ?, ?)")
                .params(code, name, parentId, now()).update();
        audit.record(caller, "region.create", null, null, null, null, null, code + " " + name);
        return region(code).orElseThrow();
    }

    public Optional<Region> region(String code) {
        return jdbc.sql("SELECT r.code, r.name, p.code AS parent FROM regions r LEFT JOIN regions p ON p.id = r.parent_id WHERE r.code = ?")
                .param(code).query((rs, i) -> new Region(rs.getString("code"), rs.getString("name"), rs.getString("parent")))
                .optional();
    }

    public List<Region> regions() {
        return jdbc.sql("SELECT r.code, r.name, p.code AS parent FROM regions r LEFT JOIN regions p ON p.id = r.parent_id ORDER BY r.code")
                .query((rs, i) -> new Region(rs.getString("code"), rs.getString("name"), rs.getString("parent"))).list();
    }

    /** The region's code and those of every region under it, depth first (at most 10,000). */
    public List<String> within(String code) {
        return within(code, regions());
    }

    /** As {@link #within(String)}, over a list of regions already read. */
    public static List<String> within(String code, List<Region> all) {
        List<String> out = new java.util.ArrayList<>();
        collect(code, all, out);
        return out;
    }

    private static void collect(String code, List<Region> all, List<String> out) {
        if (out.contains(code) || out.size() > 10_000) {
            return;
        }
        out.add(code);
        for (Region c : all) {
            if (code.equals(c.parent())) {
                collect(c.code(), all, out);
            }
        }
    }

    /** Whether region {@code code} is {@code ancestor} or lies under it (a city's district under the city). */
    public boolean regionWithin(String code, String ancestor) {
        if (code == null || ancestor == null) {
            return false;
        }
        String c = code;
        for (int depth = 0; c != null && depth < 16; depth++) {
            if (c.equals(ancestor)) {
                return true;
            }
            c = region(c).map(Region::parent).orElse(null);
        }
        return false;
    }

    Optional<Long> regionId(String code) {
        return jdbc.sql("SELECT id FROM regions WHERE code = ?").param(code).query(Long.class).optional();
    }

    // ---- departments

    /** Creates a department or unit in an existing region (and under an existing parent). Admin only. */
    @Transactional
    public Department createDepartment(Caller caller, Department dept) {
        requireAdmin(caller);
        String code = required(dept.code(), "部门代码");
        String name = required(dept.name(), "部门名称");
        if (dept.kind() == null) {
            throw new StoreException.Invalid("缺少部门类别（部门/单位）");
        }
        if (departmentId(code).isPresent()) {
            throw new StoreException.Conflict("部门已存在：" + code);
        }
        long regionId = regionId(required(dept.region(), "部门所属行政区划"))
                .orElseThrow(() -> new StoreException.Invalid("行政区划不存在：" + dept.region()));
        Long parentId = dept.parent() == null || dept.parent().isBlank() ? null
                : departmentId(dept.parent()).orElseThrow(() -> new StoreException.Invalid("上级部门不存在：" + dept.parent()));
        jdbc.sql("INSERT INTO departments (code, name, kind, parent_id, region_id, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(code, name, dept.kind().code(), parentId, regionId, now()).update();
        audit.record(caller, "department.create", null, null, null, null, null, code + " " + name);
        return department(code).orElseThrow();
    }

    private static final String DEPT_SELECT = "SELECT d.code, d.name, d.kind, p.code AS parent, r.code AS region FROM departments d"
            + " JOIN regions r ON r.id = d.region_id LEFT JOIN departments p ON p.id = d.parent_id";

    public Optional<Department> department(String code) {
        return jdbc.sql(DEPT_SELECT + " WHERE d.code = ?").param(code).query((rs, i) -> department(rs)).optional();
    }

    /** The departments whose name is exactly this (a document names its department so). */
    public List<Department> departmentsNamed(String name) {
        return jdbc.sql(DEPT_SELECT + " WHERE d.name = ? ORDER BY d.code").param(name).query((rs, i) -> department(rs)).list();
    }

    /** All departments, or those of one region (null: all). */
    public List<Department> departments(String region) {
        return region == null ? jdbc.sql(DEPT_SELECT + " ORDER BY d.code").query((rs, i) -> department(rs)).list()
                : jdbc.sql(DEPT_SELECT + " WHERE r.code = ? ORDER BY d.code").param(region).query((rs, i) -> department(rs)).list();
    }

    Optional<Long> departmentId(String code) {
        return jdbc.sql("SELECT id FROM departments WHERE code = ?").param(code).query(Long.class).optional();
    }

    private static Department department(ResultSet rs) throws SQLException {
        return new Department(rs.getString("code"), rs.getString("name"), DepartmentKind.of(rs.getString("kind")),
                rs.getString("parent"), rs.getString("region"));
    }

    // ---- users

    /**
     * Creates an account (admin only): an editor names an existing department, a reviewer an
     * existing region. The password is stored as a bcrypt hash; it must have at least 8 characters.
     */
    @Transactional
    public User createUser(Caller caller, NewUser user) {
        requireAdmin(caller);
        String username = required(user.username(), "用户名").trim();
        if (!username.matches("[A-Za-z0-9_.@-]{1,100}")) {
            throw new StoreException.Invalid("用户名只能由字母、数字和 _ . @ - 组成：" + username);
        }
        if (user.role() == null) {
            throw new StoreException.Invalid("缺少角色（admin、reviewer 或 editor）");
        }
        if (user.password() == null || user.password().length() < 8) {
            throw new StoreException.Invalid("密码至少 8 个字符");
        }
        if (user(username).isPresent()) {
            throw new StoreException.Conflict("用户已存在：" + username);
        }
        Long departmentId = null;
        Long regionId = null;
        switch (user.role()) {
            case EDITOR -> departmentId = departmentId(required(user.department(), "编制人员（editor）所属部门"))
                    .orElseThrow(() -> new StoreException.Invalid("部门不存在：" + user.department()));
            case REVIEWER -> regionId = regionId(required(user.region(), "审核人员（reviewer）所属行政区划"))
                    .orElseThrow(() -> new StoreException.Invalid("行政区划不存在：" + user.region()));
            case ADMIN -> { }
        }
        jdbc.sql("INSERT INTO users (username, password_hash, role, department_id, region_id, enabled, failed_logins, created_at)"
                + " VALUES (?, ?, ?, ?, ?, TRUE, 0, ?)")
                .params(username, passwords.encode(user.password()), user.role().code(), departmentId, regionId, now()).update();
        audit.record(caller, "user.create", null, null, null, null, null, username + " " + user.role().code());
        return user(username).orElseThrow();
    }

    public Optional<User> user(String username) {
        return jdbc.sql("SELECT " + USER_COLUMNS + USER_FROM + " WHERE u.username = ?").param(username)
                .query((rs, i) -> user(rs)).optional();
    }

    public List<User> users() {
        return jdbc.sql("SELECT " + USER_COLUMNS + USER_FROM + " ORDER BY u.username").query((rs, i) -> user(rs)).list();
    }

    public long userCount() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("username"), Role.of(rs.getString("role")),
                rs.getString("department_code"), rs.getString("region_code"), rs.getBoolean("enabled"));
    }

    /**
     * Checks a login. After {@value StoreSettings#FAILED_LOGINS_BEFORE_LOCK} consecutive failures the
     * account is locked for 30 s, doubling with each further failure up to 15 min; while locked even
     * the right password is refused. A success resets the count.
     *
     * @throws StoreException.LoginFailed for a wrong name or password, or a locked account
     */
    @Transactional(noRollbackFor = StoreException.LoginFailed.class)
    public User authenticate(String username, String password) {
        record Row(long id, String hash, boolean enabled, int failed, OffsetDateTime lockedUntil) {
        }
        Optional<Row> row = username == null ? Optional.empty()
                : jdbc.sql("SELECT id, password_hash, enabled, failed_logins, locked_until FROM users WHERE username = ? FOR UPDATE")
                        .param(username)
                        .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4),
                                rs.getObject(5, OffsetDateTime.class)))
                        .optional();
        if (row.isEmpty()) {
            passwords.matches(password == null ? "" : password, dummyHash);
            throw new StoreException.LoginFailed("用户名或密码错误", null);
        }
        Row r = row.get();
        Instant now = clock.instant();
        if (r.lockedUntil() != null && r.lockedUntil().toInstant().isAfter(now)) {
            Duration wait = Duration.between(now, r.lockedUntil().toInstant());
            throw new StoreException.LoginFailed("登录失败次数过多，请 " + Math.max(1, wait.toSeconds()) + " 秒后再试", wait);
        }
        if (!r.enabled() || password == null || !passwords.matches(password, r.hash())) {
            int failed = r.failed() + 1;
            OffsetDateTime lock = null;
            if (failed >= StoreSettings.FAILED_LOGINS_BEFORE_LOCK) {
                int extra = Math.min(failed - StoreSettings.FAILED_LOGINS_BEFORE_LOCK, 10);
                Duration d = StoreSettings.FIRST_LOCK.multipliedBy(1L << extra);
                if (d.compareTo(StoreSettings.MAX_LOCK) > 0) {
                    d = StoreSettings.MAX_LOCK;
                }
                lock = OffsetDateTime.ofInstant(now.plus(d), ZoneOffset.UTC);
            }
            jdbc.sql("UPDATE users SET failed_logins = ?, last_failed_at = ?, locked_until = ? WHERE id = ?")
                    .params(failed, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), lock, r.id()).update();
            throw new StoreException.LoginFailed("用户名或密码错误", null);
        }
        if (r.failed() > 0 || r.lockedUntil() != null) {
            jdbc.sql("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?").param(r.id()).update();
        }
        return user(username).orElseThrow();
    }

    /** A new bearer token for the user (only its sha256 is stored); valid for {@code gongkai.token-lifetime}. */
    @Transactional
    public String issueToken(User user) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.sql("INSERT INTO api_tokens (token_sha256, user_id, created_at, expires_at, revoked) VALUES (?, ?, ?, ?, FALSE)")
                .params(Hashes.sha256(token), user.id(), now(), now().plus(settings.tokenLifetime())).update();
        audit.record(user.caller(), "token.issue", null, null, null, null, null, null);
        return token;
    }

    /** The user a bearer token stands for, if it is known, not revoked and not expired. */
    public Optional<User> userForToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + USER_COLUMNS + USER_FROM + " JOIN api_tokens t ON t.user_id = u.id"
                + " WHERE t.token_sha256 = ? AND t.revoked = FALSE AND t.expires_at > ? AND u.enabled = TRUE")
                .params(Hashes.sha256(token), now()).query((rs, i) -> user(rs)).optional();
    }

    /** Revokes a bearer token (logout). */
    @Transactional
    public void revokeToken(String token) {
        jdbc.sql("UPDATE api_tokens SET revoked = TRUE WHERE token_sha256 = ?").param(Hashes.sha256(token)).update();
    }

    /**
     * On first start: when no admin account exists, creates {@code admin} with the given password
     * (or a generated one, returned so it can be printed once). Empty when an admin exists.
     */
    @Transactional
    public Optional<String> bootstrapAdmin(String password) {
        long admins = jdbc.sql("SELECT COUNT(*) FROM users WHERE role = 'admin'").query(Long.class).single();
        if (admins > 0 || user("admin").isPresent()) {
            return Optional.empty();
        }
        String pw = password == null || password.isBlank() ? generatePassword() : password;
        createUser(Caller.admin("system"), new NewUser("admin", pw, Role.ADMIN, null, null));
        return Optional.of(pw);
    }

    /** A random password of 16 letters and digits. */
    public static String generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new StoreException.Forbidden("只有管理员（admin）可以管理用户、行政区划和部门");
        }
    }

    private static String required(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new StoreException.Invalid("缺少" + what);
        }
        return s.trim();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
