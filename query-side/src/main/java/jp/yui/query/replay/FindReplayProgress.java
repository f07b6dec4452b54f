package jp.yui.query.replay;

/** How far the rebuild of the read models ({@link ReplayService#startReplay()}) has come; answered with {@link ReplayProgress}. */
public record FindReplayProgress() {
}
