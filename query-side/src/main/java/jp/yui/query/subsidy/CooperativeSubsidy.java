package jp.yui.query.subsidy;

import java.time.LocalDate;
import java.util.List;

/**
 * The subsidy figures of one cooperative and business year (R-REP-4): half of the eligible costs, split into the
 * national and the municipal quarter. All amounts are integral yen.
 * <ul>
 *   <li>Personnel costs: per worker with a recorded cost (PersonnelCostRecorded, the latest record wins),
 *       {@code eligible = min(recorded, cap)} where {@code cap = floor(¥4,000,000 × employedDays / yearDays)};
 *       {@code employedDays} are the days of the business year from the hiring day through the last day employed
 *       (separation, or the fixed-term end while not converted), {@code yearDays} the days of the business year
 *       (365 or 366). A worker employed the whole year has the full ¥4,000,000.</li>
 *   <li>Office costs: {@code min(OfficeCostRecorded, ¥6,000,000)}; null recorded when none was recorded (eligible 0).</li>
 *   <li>{@code subsidyYen = floor(eligibleTotal / 2)}; {@code nationalQuarterYen = floor(subsidy / 2)};
 *       {@code municipalQuarterYen = subsidy − national} (the municipality pays the subsidy and the state reimburses
 *       half of it rounded down, so an odd yen stays with the municipal side).</li>
 *   <li>{@code municipalQuarterYen} is the quarter of all municipalities of the district together: how they divide it
 *       is their agreement, which is not in the events ({@code sharedByMunicipalities} says whether there are
 *       several).</li>
 * </ul>
 */
public record CooperativeSubsidy(String cooperativeId, String cooperativeName, String prefectureCode, int businessYear,
                                 LocalDate firstDay, LocalDate lastDay, List<DistrictMunicipality> districtMunicipalities,
                                 boolean sharedByMunicipalities, List<WorkerCost> workers,
                                 long personnelCostRecordedYen, long personnelCostEligibleYen,
                                 Long officeCostRecordedYen, long officeCostEligibleYen, boolean officeCostCapped,
                                 long eligibleTotalYen, long subsidyYen, long nationalQuarterYen,
                                 long municipalQuarterYen, List<Note> notes) {

    /** ¥4,000,000 per worker and full business year. */
    public static final long PERSONNEL_CAP_YEN = 4_000_000L;
    /** ¥6,000,000 per business year. */
    public static final long OFFICE_CAP_YEN = 6_000_000L;

    /**
     * A municipality in the cooperative's district on at least one day of the year, with the first and last such day
     * (the whole year unless the district changed).
     */
    public record DistrictMunicipality(String code, String name, LocalDate inDistrictFrom, LocalDate inDistrictThrough) {
    }

    /**
     * One worker's personnel cost: the days employed in the business year, the pro-rated cap, the recorded cost and the
     * eligible part. {@code indefiniteTerm} says whether the worker was indefinite-term (dispatchable) on some day of
     * the year — informative; the cap counts every employed day.
     */
    public record WorkerCost(String workerId, String name, LocalDate employedFrom, LocalDate employedThrough,
                             long employedDays, long yearDays, long capYen, long recordedYen, long eligibleYen,
                             boolean capped, boolean indefiniteTerm) {
    }

    /** A note on how the figures were made. */
    public record Note(String ja, String en) {
    }
}
