package jp.yui.query.security;

import java.util.Set;
import java.util.function.Function;

/**
 * What a query reads, as far as scope goes: which scope key of the query decides who may send it.
 * Made by the factory methods; {@link QueryScopes} holds one per query type.
 */
public sealed interface QueryScope {

    /** Reads one cooperative, named by the query (e.g. {@code cooperativeId()}). */
    record OneCooperative(Function<Object, String> cooperativeId) implements QueryScope {
    }

    /** Reads several cooperatives; refused unless the caller may read every one of them. */
    record Cooperatives(Function<Object, Set<String>> cooperativeIds) implements QueryScope {
    }

    /** Reads across a prefecture: only that prefecture's auditors. */
    record Prefecture(Function<Object, String> prefectureCode) implements QueryScope {
    }

    /** Reads across a municipality: that municipality's reviewers and the auditors of its prefecture. */
    record Municipality(Function<Object, String> municipalityCode) implements QueryScope {
    }

    /** Operations of the system (replay progress): administrators. */
    record Administration() implements QueryScope {
    }

    @SuppressWarnings("unchecked")
    static <Q> QueryScope cooperative(Class<Q> type, Function<Q, String> id) {
        return new OneCooperative(q -> id.apply((Q) q));
    }

    @SuppressWarnings("unchecked")
    static <Q> QueryScope cooperatives(Class<Q> type, Function<Q, Set<String>> ids) {
        return new Cooperatives(q -> ids.apply((Q) q));
    }

    @SuppressWarnings("unchecked")
    static <Q> QueryScope prefecture(Class<Q> type, Function<Q, String> code) {
        return new Prefecture(q -> code.apply((Q) q));
    }

    @SuppressWarnings("unchecked")
    static <Q> QueryScope municipality(Class<Q> type, Function<Q, String> code) {
        return new Municipality(q -> code.apply((Q) q));
    }
}
