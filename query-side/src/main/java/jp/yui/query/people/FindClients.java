package jp.yui.query.people;

import java.time.LocalDate;

/**
 * Every client (派遣先) of a cooperative — admitted members and registered non-member clients, former members included
 * — with its class on {@code asOf}; a {@code List<ClientView>} ordered by class (members, related municipalities,
 * other non-members), then id.
 */
public record FindClients(String cooperativeId, LocalDate asOf) {
}
