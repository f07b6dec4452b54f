package jp.yui.query.security;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ScopeDirectory} on the registry read model's tables ({@code registry_cooperative},
 * {@code registry_district_municipality}). Answers are cached for {@code ttl} (30 s by default); only found
 * cooperatives are cached, so a cooperative just registered is found as soon as its projection has run.
 */
public class JdbcScopeDirectory implements ScopeDirectory {

    private record Entry(String prefectureCode, Set<String> municipalities, Instant until) {
    }

    private final JdbcTemplate jdbc;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public JdbcScopeDirectory(JdbcTemplate jdbc) {
        this(jdbc, Duration.ofSeconds(30), Clock.systemUTC());
    }

    public JdbcScopeDirectory(JdbcTemplate jdbc, Duration ttl, Clock clock) {
        this.jdbc = jdbc;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Optional<String> prefectureOf(String cooperativeId) {
        return entry(cooperativeId).map(Entry::prefectureCode);
    }

    @Override
    public Set<String> districtMunicipalitiesOf(String cooperativeId) {
        return entry(cooperativeId).map(Entry::municipalities).orElse(Set.of());
    }

    private Optional<Entry> entry(String cooperativeId) {
        if (cooperativeId == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Entry cached = cache.get(cooperativeId);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.of(cached);
        }
        List<String> prefecture = jdbc.queryForList(
                "select prefecture_code from registry_cooperative where cooperative_id = ?", String.class, cooperativeId);
        if (prefecture.isEmpty()) {
            cache.remove(cooperativeId);
            return Optional.empty();
        }
        Set<String> municipalities = Set.copyOf(jdbc.queryForList(
                "select distinct municipality_code from registry_district_municipality where cooperative_id = ?",
                String.class, cooperativeId));
        Entry entry = new Entry(prefecture.get(0), municipalities, now.plus(ttl));
        cache.put(cooperativeId, entry);
        return Optional.of(entry);
    }

    /** Forgets every cached answer (tests; a district change certified a moment ago). */
    public void clear() {
        cache.clear();
    }
}
