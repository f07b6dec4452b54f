package jp.yui.deploy.replay;

import java.time.Duration;
import jp.yui.query.replay.ReplayProgress;
import jp.yui.query.replay.ReplayService;
import jp.yui.query.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every read model from the events when the application starts with {@code --yui.replay.on-start=true}
 * (the operator's way until the UI has its replay button). The replay runs in the background, so the application
 * serves and accepts commands meanwhile; progress is logged every {@code yui.replay.log-interval-seconds}.
 * <p>
 * The replay covers every node ({@link jp.yui.deploy.replay.ClusterReplay}). Set the property on one node only: nodes
 * started with it while a replay is pending or running join that one, but a node started with it after the replay has
 * finished would ask for another.
 */
@Component
@ConditionalOnProperty(name = "yui.replay.on-start", havingValue = "true")
public class ReplayOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReplayOnStart.class);

    private final ReplayService replay;
    private final Duration interval;

    public ReplayOnStart(ReplayService replay,
                         @org.springframework.beans.factory.annotation.Value("${yui.replay.log-interval-seconds:5}")
                         long intervalSeconds) {
        this.replay = replay;
        this.interval = Duration.ofSeconds(Math.max(1, intervalSeconds));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!SystemActor.call("replay", replay::startReplay)) {
            log.warn("Replay requested at start, but one is already running");
            return;
        }
        log.info("Replay of every read model started (yui.replay.on-start=true)");
        Thread reporter = new Thread(this::report, "replay-progress");
        reporter.setDaemon(true);
        reporter.start();
    }

    private void report() {
        try {
            while (true) {
                Thread.sleep(interval.toMillis());
                ReplayProgress p = replay.progress();
                if (!p.running()) {
                    log.info("Replay finished: {} events; read models rebuilt", p.eventsTotal());
                    return;
                }
                log.info("Replay: {} / {} events, {} events/s, time left {}", p.eventsDone(), p.eventsTotal(),
                        Math.round(p.eventsPerSecond()), p.timeLeft() == null ? "?" : p.timeLeft().toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
