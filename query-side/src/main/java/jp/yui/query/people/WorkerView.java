package jp.yui.query.people;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import jp.yui.command.api.EmploymentType;
import jp.yui.query.registry.MunicipalityRef;

/**
 * A worker (派遣職員) as of {@code asOf}.
 *
 * @param cooperativeId        the cooperative
 * @param workerId             the worker
 * @param name                 氏名
 * @param asOf                 the day age, band, contract and bars are computed for
 * @param employmentType       the contract as hired
 * @param fixedTermEndsOn      end of the fixed term as hired (fixed-term hires)
 * @param convertedOn          the conversion date (無期転換) of a fixed-term hire, or null
 * @param employmentTypeOnAsOf the contract on {@code asOf}
 * @param employmentJa         無期雇用 / 有期雇用（〜終了日） on {@code asOf}
 * @param employmentEn         indefinite term / fixed term (until the end date) on {@code asOf}
 * @param birthDate            生年月日
 * @param age                  age in full years on {@code asOf}
 * @param sixtyOrOver          whether the worker is 60 or over on {@code asOf} (R-REP-1 column "60歳以上")
 * @param ageBandJa            60歳以上 / 60歳未満
 * @param ageBandEn            60 or over / under 60
 * @param hiredOn              雇入れ日
 * @param lastDay              退職日 (last day employed), or null
 * @param employedThrough      last day of employment as things stand (the separation day or an unconverted term's end)
 * @param employedOnAsOf       whether employed on {@code asOf}
 * @param separationReason     the reason given at separation
 * @param homeMunicipality     the home municipality with its name
 * @param skills               skills, sorted
 * @param previousEmployers    former direct employers with the one-year bar
 */
public record WorkerView(String cooperativeId, String workerId, String name, LocalDate asOf,
                         EmploymentType employmentType, LocalDate fixedTermEndsOn, LocalDate convertedOn,
                         EmploymentType employmentTypeOnAsOf, String employmentJa, String employmentEn,
                         LocalDate birthDate, int age,
                         boolean sixtyOrOver, String ageBandJa, String ageBandEn, LocalDate hiredOn, LocalDate lastDay,
                         LocalDate employedThrough, boolean employedOnAsOf, String separationReason,
                         MunicipalityRef homeMunicipality, List<String> skills,
                         List<PreviousEmployerView> previousEmployers) {

    public static WorkerView of(String cooperativeId, WorkerRecord w, Function<String, String> clientNames,
                                LocalDate asOf) {
        EmploymentType on = w.employmentTypeOn(asOf);
        boolean sixty = w.sixtyOrOverOn(asOf);
        LocalDate converted = w.employmentType() == EmploymentType.FIXED_TERM ? w.indefiniteFrom() : null;
        String employmentJa = on == EmploymentType.INDEFINITE ? "無期雇用"
                : "有期雇用" + (w.fixedTermEndsOn() == null ? "" : "（" + w.fixedTermEndsOn() + " まで）");
        String employmentEn = on == EmploymentType.INDEFINITE ? "indefinite term"
                : "fixed term" + (w.fixedTermEndsOn() == null ? "" : " until " + w.fixedTermEndsOn());
        return new WorkerView(cooperativeId, w.workerId(), w.name(), asOf, w.employmentType(), w.fixedTermEndsOn(),
                converted, on, employmentJa, employmentEn, w.birthDate(), w.ageOn(asOf), sixty, sixty ? "60歳以上" : "60歳未満",
                sixty ? "60 or over" : "under 60", w.hiredOn(), w.lastDay(), w.employedThrough(), w.employedOn(asOf),
                w.separationReason(), MunicipalityRef.of(w.homeMunicipality()), w.skills(),
                w.previousEmployers().stream()
                        .map(p -> PreviousEmployerView.of(p, clientNames.apply(p.clientId()), asOf)).toList());
    }
}
