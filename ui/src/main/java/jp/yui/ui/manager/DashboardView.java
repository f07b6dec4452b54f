package jp.yui.ui.manager;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.yui.command.api.CapUnit;
import jp.yui.query.plan.FindYearPlan;
import jp.yui.query.plan.PlanWarning;
import jp.yui.query.plan.WorkerMonth;
import jp.yui.query.plan.WorkerYear;
import jp.yui.query.plan.YearPlan;
import jp.yui.query.ratio.CapCheck;
import jp.yui.query.ratio.FindNonMemberRatio;
import jp.yui.query.ratio.NonMemberRatio;
import jp.yui.query.ratio.UsageBreakdown;
import jp.yui.query.registry.CertificationStanding;
import jp.yui.query.registry.CooperativeCertificationView;
import jp.yui.query.registry.FindCooperativeCertification;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import jp.yui.ui.support.BusinessYearSelect;
import jp.yui.ui.support.Dates;
import jp.yui.ui.support.Refusals;
import jp.yui.ui.support.Svg;
import jp.yui.ui.support.SvgCharts;
import jp.yui.ui.support.YuiGateways;

import java.util.ArrayList;
import java.util.List;

/**
 * The manager's dashboard for a business year: both caps as gauges with their head-room, M/R/O as bars, and the
 * warnings that need attention (a cap within 10 % of its limit, the certification renewal window, idle weeks,
 * workers with one client only (R-WORK-6), overtime near its limits).
 */
@Route(value = "dashboard", layout = MainLayout.class)
@PageTitle("結 Yui")
@RolesAllowed("MANAGER")
@Menu(title = "views.menu.dashboard", order = 10)
public class DashboardView extends VerticalLayout {

    private final YuiGateways gateways;
    private final String cooperativeId;
    private final BusinessYearSelect year = new BusinessYearSelect();
    private final Div content = new Div();

    public DashboardView(YuiGateways gateways) {
        this.gateways = gateways;
        this.cooperativeId = CurrentUser.require().cooperativeId();
        setId("dashboard");
        add(new H2(getTranslation("views.dashboard.title")), year, content);
        content.setWidthFull();
        year.addValueChangeListener(e -> refresh());
        refresh();
    }

    public void refresh() {
        content.removeAll();
        int y = year.getValue();
        try {
            NonMemberRatio ratio = gateways.query(new FindNonMemberRatio(cooperativeId, y), NonMemberRatio.class);
            YearPlan plan = gateways.query(new FindYearPlan(cooperativeId, y), YearPlan.class);
            CooperativeCertificationView cert = gateways.queryOptional(new FindCooperativeCertification(cooperativeId),
                    CooperativeCertificationView.class).orElse(null);
            content.add(new Paragraph((ratio.cooperativeName() == null ? cooperativeId : ratio.cooperativeName())
                    + " — " + Dates.businessYearLabel(y, getLocale()) + " — "
                    + getTranslation("views.dashboard.status") + ": " + (en() ? ratio.status().labelEn()
                    : ratio.status().labelJa())));
            content.add(caps(ratio));
            content.add(warnings(ratio, plan, cert));
        } catch (RuntimeException e) {
            content.add(new Paragraph(Refusals.text(e, getLocale())));
        }
    }

    private boolean en() {
        return getLocale() != null && "en".equals(getLocale().getLanguage());
    }

    private Div caps(NonMemberRatio ratio) {
        Div box = new Div();
        box.setId("dashboard-caps");
        box.add(new H3(getTranslation("views.dashboard.caps")));
        UsageBreakdown p = ratio.projected();
        FlexLayout gauges = new FlexLayout();
        gauges.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        int i = 0;
        for (CapCheck cap : p.inCapUnit().caps()) {
            String title = cap.ruleId() + " " + (en() ? cap.labelEn() : cap.labelJa());
            gauges.add(Svg.of("cap-gauge-" + i++, SvgCharts.gauge(title, cap.sharePercent().doubleValue(),
                    cap.capPercent())));
        }
        boolean fees = ratio.capUnit() == CapUnit.FEES;
        String unit = fees ? "円" : "h";
        List<SvgCharts.Bar> bars = List.of(
                new SvgCharts.Bar(getTranslation("views.class.MEMBER"), fees ? p.member().feesYen()
                        : p.member().hours().doubleValue(), SvgCharts.MEMBER_COLOR),
                new SvgCharts.Bar(getTranslation("views.class.RELATED_MUNICIPALITY"), fees ? p.related().feesYen()
                        : p.related().hours().doubleValue(), SvgCharts.RELATED_COLOR),
                new SvgCharts.Bar(getTranslation("views.class.OTHER_NON_MEMBER"), fees ? p.other().feesYen()
                        : p.other().hours().doubleValue(), SvgCharts.OTHER_COLOR));
        gauges.add(Svg.of("usage-bars", SvgCharts.bars(getTranslation("views.dashboard.usage"), bars, unit)));
        box.add(gauges);
        var room = ratio.headRoom();
        Paragraph headRoom = new Paragraph(fees
                ? getTranslation("views.dashboard.headroomFees", room.relatedFeesYen(), room.otherFeesYen())
                : getTranslation("views.dashboard.headroomHours", room.relatedHours(), room.otherHours()));
        headRoom.setId("head-room");
        box.add(headRoom);
        return box;
    }

    /** The warnings of the dashboard, as texts (package-visible for tests). */
    public List<String> warningTexts(NonMemberRatio ratio, YearPlan plan, CooperativeCertificationView cert) {
        List<String> out = new ArrayList<>();
        for (CapCheck cap : ratio.projected().inCapUnit().caps()) {
            double share = cap.sharePercent().doubleValue();
            if (share > cap.capPercent()) {
                out.add(getTranslation("views.warn.capBroken", cap.ruleId(), en() ? cap.labelEn() : cap.labelJa(),
                        cap.sharePercent()));
            } else if (share >= cap.capPercent() * 0.9) {
                out.add(getTranslation("views.warn.capNear", cap.ruleId(), en() ? cap.labelEn() : cap.labelJa(),
                        cap.sharePercent()));
            }
        }
        if (cert != null && cert.standing() != null) {
            CertificationStanding s = cert.standing();
            if (s.renewalWindowOpensOn() != null && s.daysUntilExpiry() != null && s.daysUntilExpiry() <= 120) {
                out.add(getTranslation("views.warn.renewal", Dates.format(s.expiresOn(), getLocale()),
                        Dates.format(s.renewalWindowOpensOn(), getLocale()),
                        Dates.format(s.renewalWindowClosesOn(), getLocale())));
            }
            if (!s.status().valid()) {
                out.add(getTranslation("views.warn.notValid", en() ? s.labelEn() : s.labelJa()));
            }
        }
        long yearlyLimit = plan.overtimeLimits() == null ? 0 : plan.overtimeLimits().yearlyLimitMinutes();
        for (WorkerYear w : plan.workers()) {
            if (w.idleWorkingDays() >= 5) {
                out.add(getTranslation("views.warn.idle", w.name(), w.idleWorkingDays()));
            }
            if (w.clientCount() == 1) {
                out.add(getTranslation("views.warn.oneClient", w.name()));
            }
            long limit = w.yearlyOvertimeLimitMinutes() > 0 ? w.yearlyOvertimeLimitMinutes() : yearlyLimit;
            if (limit > 0 && w.overtimeMinutes() >= limit * 0.9) {
                out.add(getTranslation("views.warn.overtimeYear", w.name(), Dates.hours(w.overtimeMinutes()),
                        Dates.hours(limit)));
            }
            for (WorkerMonth m : w.months()) {
                if (m.overtimeLimitMinutes() > 0 && m.overtimeMinutes() >= m.overtimeLimitMinutes() * 0.9) {
                    out.add(getTranslation("views.warn.overtimeMonth", w.name(), m.month().toString(),
                            Dates.hours(m.overtimeMinutes()), Dates.hours(m.overtimeLimitMinutes())));
                }
            }
            for (PlanWarning pw : w.warnings()) {
                String t = w.name() + " — " + pw.ruleId() + "：" + (en() ? pw.messageEn() : pw.messageJa());
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private Div warnings(NonMemberRatio ratio, YearPlan plan, CooperativeCertificationView cert) {
        Div box = new Div();
        box.add(new H3(getTranslation("views.dashboard.warnings")));
        UnorderedList list = new UnorderedList();
        list.setId("dashboard-warnings");
        List<String> texts = warningTexts(ratio, plan, cert);
        if (texts.isEmpty()) {
            list.add(new ListItem(getTranslation("views.dashboard.noWarnings")));
        }
        texts.forEach(t -> list.add(new ListItem(new Span(t))));
        box.add(list);
        return box;
    }
}
