package jp.yui.query.replay;

/**
 * A replay coordinated across every node running on the same database (the deploy module's implementation records the
 * request in PostgreSQL and tells the other nodes). When such a bean exists, {@link ReplayService} hands both its
 * operations to it; without one (a single Axon configuration, as in the query side's own tests) it replays locally.
 */
public interface ClusteredReplay {

    /** As {@link ReplayService#startReplay()}, across every node: false when a replay is already requested or running. */
    boolean startReplay();

    /** As {@link ReplayService#progress()}, for every segment of every processor, whichever node holds it. */
    ReplayProgress progress();
}
