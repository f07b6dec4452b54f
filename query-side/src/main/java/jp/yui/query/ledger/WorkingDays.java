package jp.yui.query.ledger;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.yui.command.api.Period;
import jp.yui.command.api.WorkPattern;

/**
 * The planned working days of an assignment as the ledger writes them (就業日): a weekly pattern as weekday text with
 * the hours ("月〜金 各8時間", "月・水・金 各4時間", "月〜金 各8時間、土 4時間"), with the excepted days inside the period
 * ("（除外日2日）"); an explicit list as "指定日12日"; and the number of planned days and minutes inside the period.
 */
record WorkingDays(String text, int days, long minutes) {

    private static final String[] NAMES = {"月", "火", "水", "木", "金", "土", "日"};

    static WorkingDays of(WorkPattern pattern, Period period) {
        int days = 0;
        long minutes = 0;
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            int m = pattern.minutesOn(d);
            if (m > 0) {
                days++;
                minutes += m;
            }
        }
        return new WorkingDays(text(pattern, period), days, minutes);
    }

    static String text(WorkPattern pattern, Period period) {
        if (pattern.explicit()) {
            long inPeriod = pattern.dayMinutes().entrySet().stream()
                    .filter(e -> e.getValue() != null && e.getValue() > 0 && period.contains(e.getKey())).count();
            return "指定日" + inPeriod + "日";
        }
        // group weekdays by their minutes, in the order of the week (Monday first)
        Map<Integer, List<DayOfWeek>> byMinutes = new TreeMap<>((a, b) -> Integer.compare(b, a));
        for (DayOfWeek d : DayOfWeek.values()) {
            int m = pattern.weekdayMinutes().getOrDefault(d, 0);
            if (m > 0) {
                byMinutes.computeIfAbsent(m, k -> new ArrayList<>()).add(d);
            }
        }
        if (byMinutes.isEmpty()) {
            return "なし";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Integer, List<DayOfWeek>> e : byMinutes.entrySet()) {
            parts.add(weekdays(e.getValue()) + " " + (e.getValue().size() > 1 ? "各" : "") + duration(e.getKey()));
        }
        String text = String.join("、", parts);
        long excepted = pattern.exceptDates().stream()
                .filter(d -> period.contains(d) && pattern.weekdayMinutes().getOrDefault(d.getDayOfWeek(), 0) > 0).count();
        return excepted > 0 ? text + "（除外日" + excepted + "日）" : text;
    }

    /** "月〜金" for a run of three or more days, "月・水・金" otherwise (Monday first). */
    static String weekdays(List<DayOfWeek> days) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) {
                j++;
            }
            if (j - i >= 2) {
                out.add(NAMES[days.get(i).getValue() - 1] + "〜" + NAMES[days.get(j).getValue() - 1]);
            } else {
                for (int k = i; k <= j; k++) {
                    out.add(NAMES[days.get(k).getValue() - 1]);
                }
            }
            i = j + 1;
        }
        return String.join("・", out);
    }

    /** "8時間", "7時間30分", "45分". */
    static String duration(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + "分";
        }
        return m == 0 ? h + "時間" : h + "時間" + m + "分";
    }
}
