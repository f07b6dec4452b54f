package jp.yui.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 員外の派遣先の登録: register a non-member client — a business, a municipality, a local independent agency or another public body. */
public record RegisterNonMemberClient(@TargetAggregateIdentifier String cooperativeId, String clientId, String name, ClientKind kind, String municipalityCode) {
}
