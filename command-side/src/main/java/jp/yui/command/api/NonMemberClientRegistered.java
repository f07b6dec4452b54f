package jp.yui.command.api;

/** Event — A non-member client was registered. */
public record NonMemberClientRegistered(String cooperativeId, String clientId, String name, ClientKind kind, String municipalityCode) {
}
