package jp.yui.command.cooperative;

import static jp.yui.command.cooperative.Demo.AMA;
import static jp.yui.command.cooperative.Demo.COOP;
import static jp.yui.command.cooperative.Demo.OKINOSHIMA;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import jp.yui.command.api.ChangeSeasonalJob;
import jp.yui.command.api.InvalidCommandException;
import jp.yui.command.api.Period;
import jp.yui.command.api.RecordSeasonalJob;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.api.SeasonalJobChanged;
import jp.yui.command.api.SeasonalJobRecorded;
import jp.yui.command.api.SeasonalJobTerms;
import jp.yui.command.api.SeasonalJobWithdrawn;
import jp.yui.command.api.WithdrawSeasonalJob;
import jp.yui.command.api.WorkCategory;
import org.junit.jupiter.api.Test;

/** Seasonal jobs (季節の仕事): recorded, changed and withdrawn through the Cooperative aggregate, with validation. */
class SeasonalJobTest {

    static SeasonalJobTerms terms(String client, WorkCategory category, String workplace, int headcount) {
        return new SeasonalJobTerms(client, "定置網漁の補助", category, null, workplace,
                new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), Set.of(), true, 360, headcount,
                Set.of("漁業"), 1200);
    }

    @Test
    void aMemberJobIsRecorded() {
        SeasonalJobTerms t = terms("setnet", WorkCategory.GENERAL, AMA, 2);
        Demo.fixture().given(Demo.history())
                .when(new RecordSeasonalJob(COOP, "j-setnet", t))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SeasonalJobRecorded(COOP, "j-setnet", t));
    }

    @Test
    void anUnknownClientIsRefused() {
        Demo.fixture().given(Demo.history())
                .when(new RecordSeasonalJob(COOP, "j-x", terms("nobody", WorkCategory.GENERAL, AMA, 1)))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void prohibitedWorkIsRefused() {
        Demo.fixture().given(Demo.history())
                .when(new RecordSeasonalJob(COOP, "j-x", terms("builder", WorkCategory.CONSTRUCTION, AMA, 1)))
                .expectException(RuleViolationException.class);
    }

    @Test
    void aWorkplaceOutsideTheDistrictIsRefused() {
        Demo.fixture().given(Demo.history())
                .when(new RecordSeasonalJob(COOP, "j-x", terms("setnet", WorkCategory.GENERAL, OKINOSHIMA, 1)))
                .expectException(RuleViolationException.class);
    }

    @Test
    void aZeroHeadcountIsRefused() {
        Demo.fixture().given(Demo.history())
                .when(new RecordSeasonalJob(COOP, "j-x", terms("setnet", WorkCategory.GENERAL, AMA, 0)))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void aJobIsChangedAndWithdrawnButNotTwice() {
        SeasonalJobTerms t = terms("setnet", WorkCategory.GENERAL, AMA, 2);
        SeasonalJobTerms t3 = terms("setnet", WorkCategory.GENERAL, AMA, 3);
        Demo.fixture().given(RuleTestSupport.history(new SeasonalJobRecorded(COOP, "j", t)))
                .when(new ChangeSeasonalJob(COOP, "j", t3))
                .expectEvents(new SeasonalJobChanged(COOP, "j", t3));
        Demo.fixture().given(RuleTestSupport.history(new SeasonalJobRecorded(COOP, "j", t)))
                .when(new WithdrawSeasonalJob(COOP, "j", "漁期の中止"))
                .expectEvents(new SeasonalJobWithdrawn(COOP, "j", "漁期の中止"));
        Demo.fixture().given(RuleTestSupport.history(new SeasonalJobRecorded(COOP, "j", t),
                        new SeasonalJobWithdrawn(COOP, "j", null)))
                .when(new WithdrawSeasonalJob(COOP, "j", null))
                .expectException(InvalidCommandException.class);
    }
}
