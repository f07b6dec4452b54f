package jp.yui.ui.municipality;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.yui.query.export.CsvEncoding;
import jp.yui.query.ratio.CapCheck;
import jp.yui.query.ratio.CooperativeRatios;
import jp.yui.query.ratio.ExportNonMemberRatioCsv;
import jp.yui.query.ratio.FindRatiosOfCooperatives;
import jp.yui.query.ratio.MonthRatio;
import jp.yui.query.ratio.NonMemberRatio;
import jp.yui.query.registry.CooperativeInMunicipality;
import jp.yui.query.registry.FindCooperativesByMunicipality;
import jp.yui.query.reports.ExportedFile;
import jp.yui.query.subsidy.CooperativeSubsidy;
import jp.yui.query.subsidy.ExportSubsidyFiguresCsv;
import jp.yui.query.subsidy.FindSubsidyFigures;
import jp.yui.query.subsidy.SubsidyFigures;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import jp.yui.ui.support.BusinessYearSelect;
import jp.yui.ui.support.Dates;
import jp.yui.ui.support.Downloads;
import jp.yui.ui.support.Refusals;
import jp.yui.ui.support.Svg;
import jp.yui.ui.support.SvgCharts;
import jp.yui.ui.support.YuiGateways;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * For a municipality (read-only): the non-member ratios of the cooperatives whose district contains it, month by
 * month (cumulative, projected) as SVG line charts against the caps; the subsidy figures (R-REP-4); CSV exports.
 */
@Route(value = "municipality", layout = MainLayout.class)
@PageTitle("結 Yui")
@RolesAllowed("MUNICIPALITY")
@Menu(title = "views.menu.municipality", order = 110)
public class MunicipalityView extends VerticalLayout {

    private final YuiGateways gateways;
    private final String municipalityCode;
    public final BusinessYearSelect year = new BusinessYearSelect();
    public final Div charts = new Div();
    public final Grid<CooperativeSubsidy> subsidy = new Grid<>();
    public final Paragraph subsidyTotals = new Paragraph();
    public final Div refusal = Refusals.area();
    private final HorizontalLayout downloads = new HorizontalLayout();

    public MunicipalityView(YuiGateways gateways) {
        this.gateways = gateways;
        this.municipalityCode = CurrentUser.require().municipalityCode();
        charts.setId("municipality-charts");
        subsidy.setId("subsidy-grid");
        subsidy.addColumn(CooperativeSubsidy::cooperativeName).setHeader(getTranslation("views.coop.name"))
                .setAutoWidth(true);
        subsidy.addColumn(s -> yen(s.personnelCostEligibleYen())).setHeader(getTranslation("views.subsidy.personnel"));
        subsidy.addColumn(s -> yen(s.officeCostEligibleYen())).setHeader(getTranslation("views.subsidy.office"));
        subsidy.addColumn(s -> yen(s.eligibleTotalYen())).setHeader(getTranslation("views.subsidy.eligible"));
        subsidy.addColumn(s -> yen(s.subsidyYen())).setHeader(getTranslation("views.subsidy.subsidy"));
        subsidy.addColumn(s -> yen(s.nationalQuarterYen())).setHeader(getTranslation("views.subsidy.national"));
        subsidy.addColumn(s -> yen(s.municipalQuarterYen())).setHeader(getTranslation("views.subsidy.municipal"));
        subsidy.setAllRowsVisible(true);
        subsidyTotals.setId("subsidy-totals");
        year.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("views.municipality.title")), year, refusal,
                new H3(getTranslation("views.municipality.ratios")), charts,
                new H3(getTranslation("views.municipality.subsidy")), subsidy, subsidyTotals, downloads);
        refresh();
    }

    static String yen(long v) {
        return String.format(Locale.ROOT, "¥%,d", v);
    }

    public void refresh() {
        charts.removeAll();
        downloads.removeAll();
        int y = year.getValue();
        try {
            List<CooperativeInMunicipality> coops = gateways.queryList(
                    new FindCooperativesByMunicipality(municipalityCode), CooperativeInMunicipality.class);
            Set<String> ids = coops.stream().map(CooperativeInMunicipality::cooperativeId).collect(Collectors.toSet());
            if (ids.isEmpty()) {
                charts.add(new Paragraph(getTranslation("views.municipality.none")));
            } else {
                CooperativeRatios ratios = gateways.query(new FindRatiosOfCooperatives(ids, y), CooperativeRatios.class);
                for (NonMemberRatio r : ratios.cooperatives()) {
                    charts.add(new H3(r.cooperativeName() == null ? r.cooperativeId() : r.cooperativeName()));
                    charts.add(Svg.of("ratio-chart-" + r.cooperativeId(), chart(r)));
                    downloads.add(Downloads.link("ratio-csv-" + r.cooperativeId(),
                            getTranslation("views.municipality.ratioCsv", r.cooperativeName()),
                            "ratio-" + r.cooperativeId() + "-" + y + ".csv", "text/csv",
                            () -> gateways.query(new ExportNonMemberRatioCsv(r.cooperativeId(), y, CsvEncoding.UTF8_BOM),
                                    ExportedFile.class).content()));
                }
            }
            SubsidyFigures figures = gateways.query(new FindSubsidyFigures(municipalityCode, y), SubsidyFigures.class);
            subsidy.setItems(figures.cooperatives());
            subsidyTotals.setText(getTranslation("views.subsidy.totals", figures.municipalityName(),
                    yen(figures.eligibleTotalYen()), yen(figures.subsidyYen()), yen(figures.nationalQuarterYen()),
                    yen(figures.municipalQuarterYen())));
            downloads.add(Downloads.link("subsidy-csv", getTranslation("views.subsidy.csv"),
                    "subsidy-" + municipalityCode + "-" + y + ".csv", "text/csv",
                    () -> gateways.query(new ExportSubsidyFiguresCsv(municipalityCode, y, CsvEncoding.UTF8_BOM),
                            ExportedFile.class).content()));
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
        }
    }

    /** The cumulative projected shares month by month against the caps. */
    public String chart(NonMemberRatio r) {
        List<String> labels = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        List<Double> nonMember = new ArrayList<>();
        for (MonthRatio m : r.months()) {
            labels.add(m.month().getMonthValue() + "月");
            var s = m.cumulativeProjected().inCapUnit();
            other.add(s.otherSharePercent() == null ? null : s.otherSharePercent().doubleValue());
            nonMember.add(s.nonMemberSharePercent() == null ? null : s.nonMemberSharePercent().doubleValue());
        }
        List<SvgCharts.Line> lines = new ArrayList<>();
        for (CapCheck c : r.projected().inCapUnit().caps()) {
            lines.add(new SvgCharts.Line(c.ruleId() + (c.includesRelated() ? " O+R " : " O ") + c.capPercent() + "%",
                    c.capPercent(), c.includesRelated() ? SvgCharts.RELATED_COLOR : SvgCharts.BREACH_COLOR));
        }
        return SvgCharts.lineChart(Dates.businessYearLabel(r.businessYear(), getLocale()) + " "
                        + getTranslation("views.municipality.chartTitle"), labels,
                List.of(new SvgCharts.Series(getTranslation("views.municipality.otherShare"), other,
                                SvgCharts.OTHER_COLOR),
                        new SvgCharts.Series(getTranslation("views.municipality.nonMemberShare"), nonMember,
                                SvgCharts.RELATED_COLOR)), lines, "%");
    }
}
