package jp.yui.command.cooperative;

import java.time.LocalDate;

/** One membership period of a business; {@code lastDay} null while it runs. */
record Membership(LocalDate joinedOn, LocalDate lastDay) {

    boolean covers(LocalDate day) {
        return !day.isBefore(joinedOn) && (lastDay == null || !day.isAfter(lastDay));
    }
}
