package jp.yui.query.asof;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.yui.query.people.ClientView;
import jp.yui.query.people.MemberView;
import jp.yui.query.people.WorkerView;
import jp.yui.query.registry.CertificationStanding;
import jp.yui.query.registry.MunicipalityRef;

/**
 * A cooperative as it stood on {@code date} (R-REP-5): what had been recorded by the end of that day, read for that
 * day. A decision recorded by then but effective later (a revocation from next month, a withdrawal at the year end)
 * shows as scheduled; anything recorded later is not known.
 *
 * @param cooperativeId     the cooperative
 * @param name              組合名 as known then
 * @param prefectureCode    都道府県コード
 * @param prefectureName    都道府県名
 * @param date              the day
 * @param knownBefore       events recorded before this instant (the start of the next day, Asia/Tokyo) are counted
 * @param eventsConsidered  how many events had been recorded by then
 * @param lastEventAt       when the last of them was recorded
 * @param certification     the certification on {@code date}
 * @param district          the district on {@code date}
 * @param members           the members on {@code date}
 * @param workers           the workers employed on {@code date}, with age band on that day
 * @param clients           every client known then, with its class on {@code date}
 * @param usage             M, R and O of the business year containing {@code date}, as projected then
 */
public record CooperativeAsOf(String cooperativeId, String name, String prefectureCode, String prefectureName,
                              LocalDate date, Instant knownBefore, int eventsConsidered, Instant lastEventAt,
                              CertificationStanding certification, List<MunicipalityRef> district,
                              List<MemberView> members, List<WorkerView> workers, List<ClientView> clients,
                              UsageAsOf usage) {
}
