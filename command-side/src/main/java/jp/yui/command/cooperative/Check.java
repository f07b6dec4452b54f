package jp.yui.command.cooperative;

import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Pattern;
import jp.yui.command.api.InvalidCommandException;
import jp.yui.command.api.Period;

/** Input checks shared by the command handlers: each failure names the field and what is wrong with it. */
final class Check {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private Check() {
    }

    static InvalidCommandException invalid(String field, String ja, String en) {
        return new InvalidCommandException(field, field + ": " + ja, field + ": " + en);
    }

    static void id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "IDが指定されていません", "an id is required");
        }
        if (!ID.matcher(value).matches()) {
            throw invalid(field, "IDは英数字と . _ : - で64文字以内にしてください（" + abbreviate(value) + "）",
                    "an id is 1-64 letters, digits or . _ : - (got '" + abbreviate(value) + "')");
        }
    }

    static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "入力が必要です", "a value is required");
        }
        if (value.length() > max) {
            throw invalid(field, max + "文字以内で入力してください（" + value.length() + "文字）",
                    "at most " + max + " characters (got " + value.length() + ")");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw invalid(field, "制御文字は使えません", "control characters are not allowed");
        }
        if (hasUnpairedSurrogate(value)) {
            // not a character at all: PostgreSQL's UTF-8 text would silently turn it into '?'
            throw invalid(field, "不正な文字（対になっていないサロゲート）が含まれています",
                    "contains an unpaired surrogate, which is not a Unicode character");
        }
    }

    static void optionalText(String field, String value, int max) {
        if (value != null && !value.isEmpty()) {
            text(field, value, max);
        }
    }

    static void date(String field, LocalDate value) {
        if (value == null) {
            throw invalid(field, "日付が必要です", "a date is required");
        }
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw invalid(field, "日付が範囲外です（" + value + "）", "date out of range (" + value + ")");
        }
    }

    static void period(String field, Period value) {
        if (value == null || value.from() == null || value.to() == null) {
            throw invalid(field, "開始日と終了日が必要です", "a start and an end date are required");
        }
        date(field + ".from", value.from());
        date(field + ".to", value.to());
        if (!value.wellFormed()) {
            throw invalid(field, "終了日 " + value.to() + " が開始日 " + value.from() + " より前です",
                    "the end " + value.to() + " is before the start " + value.from());
        }
        if (value.length() > 3 * 366) {
            throw invalid(field, "期間は3年以内にしてください（" + value + "）",
                    "a period may span at most 3 years (" + value + ")");
        }
    }

    static void minutesOfDay(String field, Integer minutes) {
        if (minutes == null || minutes < 0 || minutes > 24 * 60) {
            throw invalid(field, "1日の時間は0〜24時間（0〜1440分）です（" + minutes + "分）",
                    "minutes of a day must be 0..1440 (0..24 h), got " + minutes);
        }
    }

    static void notNull(String field, Object value) {
        if (value == null) {
            throw invalid(field, "入力が必要です", "a value is required");
        }
    }

    static void notEmpty(String field, Collection<?> value) {
        if (value == null || value.isEmpty()) {
            throw invalid(field, "1つ以上指定してください", "at least one value is required");
        }
    }

    static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
