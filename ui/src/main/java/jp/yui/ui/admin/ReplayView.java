package jp.yui.ui.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jp.yui.query.replay.FindReplayProgress;
import jp.yui.query.replay.ProcessorProgress;
import jp.yui.query.replay.ReplayProgress;
import jp.yui.query.replay.ReplayService;
import jp.yui.query.security.SystemActor;
import jp.yui.ui.MainLayout;
import jp.yui.ui.support.Refusals;
import jp.yui.ui.support.YuiGateways;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Replay (read models rebuilt from the events): a button that starts it and a progress bar polled every second
 * while it runs ({@link UI#setPollInterval}), with each processor's position.
 */
@Route(value = "replay", layout = MainLayout.class)
@PageTitle("結 Yui")
@RolesAllowed("ADMIN")
@Menu(title = "views.menu.replay", order = 310)
public class ReplayView extends VerticalLayout {

    private final YuiGateways gateways;
    private final ReplayService replay;
    public final Button start = new Button();
    public final ProgressBar bar = new ProgressBar(0, 1);
    public final Paragraph status = new Paragraph();
    public final Grid<Map.Entry<String, ProcessorProgress>> processors = new Grid<>();
    public final Div refusal = Refusals.area();
    private Registration poll;

    public ReplayView(YuiGateways gateways, ReplayService replay) {
        this.gateways = gateways;
        this.replay = replay;
        start.setText(getTranslation("views.replay.start"));
        start.setId("replay-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        start.addClickListener(e -> start());
        bar.setId("replay-progress");
        status.setId("replay-status");
        processors.addColumn(Map.Entry::getKey).setHeader(getTranslation("views.replay.processor")).setAutoWidth(true);
        processors.addColumn(p -> readModels(p.getKey())).setHeader(getTranslation("views.replay.readModels"))
                .setAutoWidth(true);
        processors.addColumn(p -> p.getValue().position() + " / " + p.getValue().eventsTotal())
                .setHeader(getTranslation("views.replay.position"));
        processors.addColumn(p -> p.getValue().caughtUp() ? "✔" : p.getValue().replaying() ? "…" : "")
                .setHeader(getTranslation("views.replay.caughtUp"));
        processors.addColumn(p -> p.getValue().error() == null ? "" : p.getValue().error())
                .setHeader(getTranslation("views.replay.error"));
        processors.setAllRowsVisible(true);
        add(new H2(getTranslation("views.replay.title")), new Paragraph(getTranslation("views.replay.explain")),
                start, refusal, bar, status, processors);
        refresh();
    }

    public void start() {
        try {
            boolean started = SystemActor.call("replay requested in the admin screen", replay::startReplay);
            if (!started) {
                Refusals.success(this, getTranslation("views.replay.already"));
            }
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
            return;
        }
        startPolling();
        refresh();
    }

    private void startPolling() {
        UI ui = UI.getCurrent();
        if (ui != null && poll == null) {
            ui.setPollInterval(1000);
            poll = ui.addPollListener(e -> refresh());
        }
    }

    private void stopPolling() {
        UI ui = UI.getCurrent();
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        if (ui != null) {
            ui.setPollInterval(-1);
        }
    }

    public ReplayProgress refresh() {
        ReplayProgress p;
        try {
            p = gateways.query(new FindReplayProgress(), ReplayProgress.class);
        } catch (RuntimeException e) {
            p = replay.progress();
        }
        bar.setValue(p.fraction());
        String left = p.timeLeft() == null ? "-" : p.timeLeft().toSeconds() + " s";
        status.setText(getTranslation(p.running() ? "views.replay.running" : "views.replay.idle",
                p.eventsDone(), p.eventsTotal(), String.format(Locale.ROOT, "%.0f", p.eventsPerSecond()), left));
        List<Map.Entry<String, ProcessorProgress>> rows = new ArrayList<>(p.processors() == null ? List.of()
                : p.processors().entrySet());
        processors.setItems(rows);
        start.setEnabled(!p.running());
        if (!p.running()) {
            stopPolling();
        }
        return p;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        ReplayProgress p = replay.progress();
        if (p.running()) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        super.onDetach(detachEvent);
    }

    /** The read models a processor builds, in the user's language (a processor added later shows its name only). */
    public String readModels(String processor) {
        String key = "views.replay.readModels." + processor;
        String text = getTranslation(key);
        return text == null || text.startsWith("!") || text.equals(key) ? "" : text;
    }
}
