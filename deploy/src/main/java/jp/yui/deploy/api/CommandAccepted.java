package jp.yui.deploy.api;

/**
 * The answer to an accepted command: which command, for which cooperative, the id of the thing it created or changed
 * (assignment, worker, client …; the cooperative itself otherwise), and its URL where it has one.
 */
public record CommandAccepted(String command, String cooperativeId, String resourceId, String location) {
}
