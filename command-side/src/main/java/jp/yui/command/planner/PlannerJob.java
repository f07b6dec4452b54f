package jp.yui.command.planner;

import java.time.LocalDate;
import java.util.Set;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.WorkCategory;

/** A seasonal job as a problem fact. Equality by id. */
public final class PlannerJob {

    private final String id;
    private final String clientId;
    private final String clientName;
    private final String work;
    private final WorkCategory category;
    private final String workplaceMunicipality;
    private final double latitude;
    private final double longitude;
    private final int minutesPerDay;
    private final int headcount;
    private final Set<String> requiredSkills;
    private final long feePerHourYen;
    private final LocalDate start;
    private final ClientClass mainClass;

    public PlannerJob(String id, String clientId, String clientName, String work, WorkCategory category,
                      String workplaceMunicipality, double latitude, double longitude, int minutesPerDay,
                      int headcount, Set<String> requiredSkills, long feePerHourYen, LocalDate start,
                      ClientClass mainClass) {
        this.id = id;
        this.clientId = clientId;
        this.clientName = clientName;
        this.work = work;
        this.category = category;
        this.workplaceMunicipality = workplaceMunicipality;
        this.latitude = latitude;
        this.longitude = longitude;
        this.minutesPerDay = minutesPerDay;
        this.headcount = headcount;
        this.requiredSkills = Set.copyOf(requiredSkills);
        this.feePerHourYen = feePerHourYen;
        this.start = start;
        this.mainClass = mainClass;
    }

    public String id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public String clientName() {
        return clientName;
    }

    public String work() {
        return work;
    }

    public WorkCategory category() {
        return category;
    }

    public String workplaceMunicipality() {
        return workplaceMunicipality;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public int minutesPerDay() {
        return minutesPerDay;
    }

    public int headcount() {
        return headcount;
    }

    public Set<String> requiredSkills() {
        return requiredSkills;
    }

    public long feePerHourYen() {
        return feePerHourYen;
    }

    public LocalDate start() {
        return start;
    }

    /** The client's class on the job's first planned day (for display). */
    public ClientClass mainClass() {
        return mainClass;
    }

    /** Distance between the worker's home and the workplace in whole km (great circle). */
    public long travelKm(PlannerWorker w) {
        double r = 6371.0;
        double dLat = Math.toRadians(latitude - w.latitude());
        double dLon = Math.toRadians(longitude - w.longitude());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(w.latitude()))
                * Math.cos(Math.toRadians(latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return Math.round(2 * r * Math.asin(Math.min(1, Math.sqrt(a))));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlannerJob j && j.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
