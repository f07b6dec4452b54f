package jp.yui.query.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The district of one cooperative over time: the district as registered, then each certified change from its
 * effective date on. On a day the district is the latest version whose effective date is on or before it — the same
 * rule as the write model's client classifier. Pure; used by the registry, the people read model and the as-of fold.
 */
public final class DistrictHistory {

    private record Version(LocalDate effectiveFrom, Set<String> codes, Instant recordedAt, String recordedBy) {
    }

    private final List<Version> versions = new ArrayList<>();

    /** Adds the next version, in the order recorded (registration first, with {@code effectiveFrom} null). */
    public void add(LocalDate effectiveFrom, Collection<String> codes, Instant recordedAt, String recordedBy) {
        versions.add(new Version(effectiveFrom, Set.copyOf(new TreeSet<>(codes)), recordedAt, recordedBy));
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The municipality codes of the district on {@code day}. */
    public Set<String> codesOn(LocalDate day) {
        Set<String> current = Set.of();
        for (Version v : versions) {
            if (v.effectiveFrom() == null || !v.effectiveFrom().isAfter(day)) {
                current = v.codes();
            }
        }
        return current;
    }

    public boolean contains(String code, LocalDate day) {
        return code != null && codesOn(day).contains(code);
    }

    /** The district on {@code day} with names, ordered by code. */
    public List<MunicipalityRef> on(LocalDate day) {
        return refs(codesOn(day));
    }

    /** Every version in order, with what each added and removed. */
    public List<DistrictVersionView> versions() {
        List<DistrictVersionView> out = new ArrayList<>();
        Set<String> previous = Set.of();
        for (int i = 0; i < versions.size(); i++) {
            Version v = versions.get(i);
            LocalDate through = i + 1 < versions.size() && versions.get(i + 1).effectiveFrom() != null
                    ? versions.get(i + 1).effectiveFrom().minusDays(1) : null;
            Set<String> added = new TreeSet<>(v.codes());
            added.removeAll(previous);
            Set<String> removed = new TreeSet<>(previous);
            removed.removeAll(v.codes());
            out.add(new DistrictVersionView(v.effectiveFrom(), through, refs(v.codes()),
                    i == 0 ? List.of() : refs(added), refs(removed), v.recordedAt(), v.recordedBy()));
            previous = v.codes();
        }
        return out;
    }

    /** The spans of days during which {@code code} belongs to the district (contiguous versions merged). */
    public List<DistrictSpan> spansOf(String code) {
        List<DistrictSpan> out = new ArrayList<>();
        for (DistrictVersionView v : versions()) {
            if (v.municipalities().stream().noneMatch(m -> m.code().equals(code))) {
                continue;
            }
            if (!out.isEmpty()) {
                DistrictSpan last = out.get(out.size() - 1);
                if (last.through() != null && v.effectiveFrom() != null
                        && last.through().plusDays(1).equals(v.effectiveFrom())) {
                    out.set(out.size() - 1, new DistrictSpan(last.from(), v.effectiveThrough()));
                    continue;
                }
            }
            out.add(new DistrictSpan(v.effectiveFrom(), v.effectiveThrough()));
        }
        return out;
    }

    /** Whether {@code code} belongs to any version of the district. */
    public boolean everContains(String code) {
        return versions.stream().anyMatch(v -> v.codes().contains(code));
    }

    private static List<MunicipalityRef> refs(Collection<String> codes) {
        return new TreeSet<>(codes).stream().map(MunicipalityRef::of).toList();
    }
}
