package jp.yui.command.planner;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A worker as a planning value (problem fact): skills, home coordinates, when they may be dispatched to which client
 * (R-WORK-1/2/3, precomputed by the aggregate's policies) and their existing load — the effective minutes of all their
 * recorded assignments per day and per week, which the planner keeps fixed. Equality by id.
 */
public final class PlannerWorker {

    /** Decides whether the worker may be dispatched to a client on a day (R-WORK-1/2/3). */
    @FunctionalInterface
    public interface Availability {
        boolean dispatchable(String clientId, LocalDate day);
    }

    private final String id;
    private final String name;
    private final String homeMunicipality;
    private final Set<String> skills;
    private final double latitude;
    private final double longitude;
    private final Availability availability;
    private final Map<LocalDate, Integer> baseDayMinutes;
    private final Map<LocalDate, Integer> baseWeekMinutes;
    private final Set<String> baseClients;
    private final int baseYearMinutes;

    public PlannerWorker(String id, String name, String homeMunicipality, Set<String> skills, double latitude,
                         double longitude, Availability availability, Map<LocalDate, Integer> baseDayMinutes,
                         Map<LocalDate, Integer> baseWeekMinutes, Set<String> baseClients, int baseYearMinutes) {
        this.id = id;
        this.name = name;
        this.homeMunicipality = homeMunicipality;
        this.skills = Set.copyOf(skills);
        this.latitude = latitude;
        this.longitude = longitude;
        this.availability = availability;
        this.baseDayMinutes = Map.copyOf(baseDayMinutes);
        this.baseWeekMinutes = Map.copyOf(baseWeekMinutes);
        this.baseClients = Set.copyOf(baseClients);
        this.baseYearMinutes = baseYearMinutes;
    }

    /** A worker without existing load who may be dispatched anywhere (tests). */
    public static PlannerWorker simple(String id, Set<String> skills, double latitude, double longitude) {
        return new PlannerWorker(id, id, null, skills, latitude, longitude, (c, d) -> true, Map.of(), Map.of(),
                Set.of(), 0);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String homeMunicipality() {
        return homeMunicipality;
    }

    public Set<String> skills() {
        return skills;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public boolean dispatchable(String clientId, LocalDate day) {
        return availability.dispatchable(clientId, day);
    }

    public boolean hasSkills(Set<String> required) {
        return skills.containsAll(required);
    }

    public int baseMinutesOn(LocalDate day) {
        return baseDayMinutes.getOrDefault(day, 0);
    }

    public int baseMinutesInWeek(LocalDate weekStart) {
        return baseWeekMinutes.getOrDefault(weekStart, 0);
    }

    public Set<String> baseClients() {
        return baseClients;
    }

    public int baseYearMinutes() {
        return baseYearMinutes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlannerWorker w && w.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }

    static boolean same(PlannerWorker a, PlannerWorker b) {
        return Objects.equals(a, b);
    }
}
