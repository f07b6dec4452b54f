package jp.yui.ui.imports.csv;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the values of cells as spreadsheets hold them: dates in western (2026-04-01, 2026/4/1, 2026年4月1日,
 * 20260401) or Japanese era form (R8.4.1, 令和8年4月1日, H31.4.30, 令和元年5月1日), months, whole numbers with
 * thousands separators and 円, hours (8, 7.5, 7:30, 7時間30分), yes/no, and full-width digits. A value that cannot
 * be read throws {@link CellException} with a Japanese and an English message.
 */
public final class Cells {

    private Cells() {
    }

    /** A cell that cannot be read. */
    public static final class CellException extends RuntimeException {
        private final String messageJa;
        private final String messageEn;

        public CellException(String messageJa, String messageEn) {
            super(messageEn);
            this.messageJa = messageJa;
            this.messageEn = messageEn;
        }

        public String messageJa() {
            return messageJa;
        }

        public String messageEn() {
            return messageEn;
        }
    }

    /** NFKC (full-width digits and letters to ASCII), trimmed, including ideographic spaces. */
    public static String normalize(String value) {
        if (value == null) {
            return "";
        }
        return Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    }

    private record Era(String kanji, char letter, int baseYear, LocalDate first, LocalDate last) {
    }

    private static final Era[] ERAS = {
            new Era("明治", 'M', 1867, LocalDate.of(1868, 1, 25), LocalDate.of(1912, 7, 29)),
            new Era("大正", 'T', 1911, LocalDate.of(1912, 7, 30), LocalDate.of(1926, 12, 24)),
            new Era("昭和", 'S', 1925, LocalDate.of(1926, 12, 25), LocalDate.of(1989, 1, 7)),
            new Era("平成", 'H', 1988, LocalDate.of(1989, 1, 8), LocalDate.of(2019, 4, 30)),
            new Era("令和", 'R', 2018, LocalDate.of(2019, 5, 1), LocalDate.of(9999, 12, 31)),
    };

    private static final String SEP = "\\s*[-/.]\\s*";
    private static final Pattern WESTERN = Pattern.compile("(\\d{4})" + SEP + "(\\d{1,2})" + SEP + "(\\d{1,2})"
            + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern WESTERN_KANJI = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern WAREKI = Pattern.compile(
            "(明治|大正|昭和|平成|令和|[MTSHRmtshr])\\s*(\\d{1,2}|元)\\s*(?:年|[-/.])\\s*(\\d{1,2})\\s*(?:月|[-/.])\\s*(\\d{1,2})\\s*日?");
    private static final Pattern MONTH_WESTERN = Pattern.compile("(\\d{4})" + SEP + "(\\d{1,2})");
    private static final Pattern MONTH_KANJI = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");
    private static final Pattern MONTH_COMPACT = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern MONTH_WAREKI = Pattern.compile(
            "(明治|大正|昭和|平成|令和|[MTSHRmtshr])\\s*(\\d{1,2}|元)\\s*(?:年|[-/.])\\s*(\\d{1,2})\\s*月?");

    /** A date; see the class comment for the forms. */
    public static LocalDate date(String raw) {
        String v = normalize(raw);
        Matcher m;
        if ((m = WESTERN.matcher(v)).matches() || (m = WESTERN_KANJI.matcher(v)).matches()
                || (m = COMPACT.matcher(v)).matches()) {
            return of(v, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = WAREKI.matcher(v)).matches()) {
            Era era = era(m.group(1));
            int year = era.baseYear() + ("元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2)));
            LocalDate d = of(v, year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            if (d.isBefore(era.first()) || d.isAfter(era.last())) {
                throw new CellException("「" + v + "」は" + era.kanji() + "の期間（" + era.first() + "〜"
                        + (era.last().getYear() > 9000 ? "" : era.last().toString()) + "）にない日付です",
                        "'" + v + "' is not a date of the " + era.kanji() + " era (" + era.first() + " to "
                                + (era.last().getYear() > 9000 ? "today" : era.last().toString()) + ")");
            }
            return d;
        }
        throw new CellException("「" + v + "」は日付として読めません（例: 2026-04-01、2026/4/1、R8.4.1、令和8年4月1日）",
                "'" + v + "' is not a date (e.g. 2026-04-01, 2026/4/1, R8.4.1, 令和8年4月1日)");
    }

    /** A month: 2026-04, 2026/4, 2026年4月, 202604, R8.4, 令和8年4月, or any date of the month. */
    public static YearMonth month(String raw) {
        String v = normalize(raw);
        Matcher m;
        if ((m = MONTH_WESTERN.matcher(v)).matches() || (m = MONTH_KANJI.matcher(v)).matches()
                || (m = MONTH_COMPACT.matcher(v)).matches()) {
            return ym(v, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH_WAREKI.matcher(v)).matches()) {
            Era era = era(m.group(1));
            int year = era.baseYear() + ("元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2)));
            YearMonth ym = ym(v, year, Integer.parseInt(m.group(3)));
            if (ym.atEndOfMonth().isBefore(era.first()) || ym.atDay(1).isAfter(era.last())) {
                throw new CellException("「" + v + "」は" + era.kanji() + "の期間にない月です",
                        "'" + v + "' is not a month of the " + era.kanji() + " era");
            }
            return ym;
        }
        try {
            return YearMonth.from(date(v));
        } catch (CellException e) {
            throw new CellException("「" + v + "」は年月として読めません（例: 2026-04、2026/4、R8.4、令和8年4月）",
                    "'" + v + "' is not a month (e.g. 2026-04, 2026/4, R8.4, 令和8年4月)");
        }
    }

    private static Era era(String name) {
        for (Era e : ERAS) {
            if (e.kanji().equals(name) || name.length() == 1
                    && Character.toUpperCase(name.charAt(0)) == e.letter()) {
                return e;
            }
        }
        throw new IllegalStateException(name);
    }

    private static LocalDate of(String v, int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new CellException("「" + v + "」は存在しない日付です", "'" + v + "' is not a real date");
        }
    }

    private static YearMonth ym(String v, int y, int m) {
        try {
            return YearMonth.of(y, m);
        } catch (DateTimeException e) {
            throw new CellException("「" + v + "」は存在しない月です", "'" + v + "' is not a real month");
        }
    }

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+|[-+]?\\d+");

    /** A whole number: 1100, 1,100, １，１００, ¥1,100, 1100円. */
    public static long integer(String raw) {
        String v = normalize(raw).replace("円", "").replace("¥", "").replace("\\", "").strip();
        if (!INTEGER.matcher(v).matches()) {
            throw new CellException("「" + normalize(raw) + "」は整数として読めません", "'" + normalize(raw) + "' is not a whole number");
        }
        try {
            return Long.parseLong(v.replace(",", "").replace("+", ""));
        } catch (NumberFormatException e) {
            throw new CellException("「" + v + "」は大きすぎます", "'" + v + "' is too large");
        }
    }

    private static final Pattern HOURS_COLON = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern HOURS_KANJI = Pattern.compile("(?:(\\d{1,2})\\s*時間)?\\s*(?:(\\d{1,4})\\s*分)?");
    private static final Pattern HOURS_DECIMAL = Pattern.compile("\\d{1,2}(\\.\\d+)?");

    /** Minutes of work from hours as a spreadsheet holds them: 8, 7.5, 7:30, 7時間30分, 450分; blank is 0. */
    public static int minutesFromHours(String raw) {
        String v = normalize(raw).replace("ｈ", "h");
        if (v.isEmpty()) {
            return 0;
        }
        if (v.endsWith("h")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        Matcher m;
        int minutes;
        if ((m = HOURS_COLON.matcher(v)).matches()) {
            minutes = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
            if (Integer.parseInt(m.group(2)) >= 60) {
                throw notHours(v);
            }
        } else if (HOURS_DECIMAL.matcher(v).matches()) {
            BigDecimal exact = new BigDecimal(v).multiply(BigDecimal.valueOf(60));
            try {
                minutes = exact.intValueExact();
            } catch (ArithmeticException e) {
                throw new CellException("「" + v + "」時間は分単位になりません（例: 7.5 または 7:30）",
                        "'" + v + "' hours is not a whole number of minutes (e.g. 7.5 or 7:30)");
            }
        } else if (!v.isEmpty() && (m = HOURS_KANJI.matcher(v)).matches() && (m.group(1) != null || m.group(2) != null)) {
            minutes = (m.group(1) == null ? 0 : Integer.parseInt(m.group(1)) * 60)
                    + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        } else {
            throw notHours(v);
        }
        if (minutes > 24 * 60) {
            throw new CellException("「" + v + "」は1日の時間（24時間）を超えます", "'" + v + "' is more than the 24 hours of a day");
        }
        return minutes;
    }

    private static CellException notHours(String v) {
        return new CellException("「" + v + "」は時間として読めません（例: 8、7.5、7:30）",
                "'" + v + "' is not a number of hours (e.g. 8, 7.5, 7:30)");
    }

    /** Yes or no: はい/いいえ, ○/×, 有/無, 1/0, true/false, yes/no; blank gives {@code blank}. */
    public static boolean yesNo(String raw, boolean blank) {
        String v = normalize(raw).toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return blank;
        }
        return switch (v) {
            case "はい", "○", "〇", "◯", "有", "あり", "該当", "1", "true", "yes", "y" -> true;
            case "いいえ", "×", "✕", "無", "なし", "非該当", "-", "0", "false", "no", "n" -> false;
            default -> throw new CellException("「" + normalize(raw) + "」は「はい」か「いいえ」で入力してください",
                    "'" + normalize(raw) + "' must be yes or no (はい/いいえ)");
        };
    }

    /**
     * An enum value by one of its names: the Japanese labels and English words in {@code labels} (compared without
     * case, spaces, hyphens and underscores), or the constant's own name.
     */
    public static <E extends Enum<E>> E choice(String raw, Class<E> type, Map<String, E> labels) {
        String v = key(raw);
        for (E constant : type.getEnumConstants()) {
            if (key(constant.name()).equals(v)) {
                return constant;
            }
        }
        for (Map.Entry<String, E> e : labels.entrySet()) {
            if (key(e.getKey()).equals(v)) {
                return e.getValue();
            }
        }
        String allowed = String.join("、", labels.keySet());
        throw new CellException("「" + normalize(raw) + "」は選べる値ではありません（" + allowed + "）",
                "'" + normalize(raw) + "' is not one of the allowed values (" + String.join(", ", labels.keySet()) + ")");
    }

    static String key(String raw) {
        return normalize(raw).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-・()（）]", "");
    }

    /**
     * A municipality code (全国地方公共団体コード): 6 digits, or the 5 digits without the check digit, which is then
     * added.
     */
    public static String municipalityCode(String raw) {
        String v = normalize(raw);
        if (v.matches("\\d{6}")) {
            return v;
        }
        if (v.matches("\\d{5}")) {
            int sum = 0;
            for (int i = 0; i < 5; i++) {
                sum += (v.charAt(i) - '0') * (6 - i);
            }
            return v + ((11 - sum % 11) % 10);
        }
        throw new CellException("「" + v + "」は市町村コード（6桁または5桁の数字）ではありません",
                "'" + v + "' is not a municipality code (6 or 5 digits)");
    }
}
