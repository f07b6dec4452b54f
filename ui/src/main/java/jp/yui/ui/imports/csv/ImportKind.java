package jp.yui.ui.imports.csv;

import java.util.TreeSet;
import java.util.Set;
import jp.yui.command.api.SeasonalJobTerms;
import jp.yui.command.api.RecordSeasonalJob;
import static jp.yui.ui.imports.csv.ImportColumn.optional;
import static jp.yui.ui.imports.csv.ImportColumn.required;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.MedicalDispatchException;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RecordPreviousEmployer;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;

/**
 * What a file imports, its columns and how one row becomes commands — the same commands the forms send.
 * <p>
 * Extension point: a new kind (e.g. the planner's seasonal jobs) is one more constant here with its columns and its
 * {@link #commands} mapping, plus one branch in the command side's {@code CooperativeImport.run} that hands the new
 * command to its handler.
 */
public enum ImportKind {

    /** 組合員 — AdmitMember. */
    MEMBERS("members", "組合員", "Members",
            required("clientId", "組合員ID", "Client ID", "fishery", "clientId").alias("ID", "事業者ID"),
            optional("name", "名称", "Name", "隠岐漁業 株式会社", "name").alias("事業者名", "組合員名"),
            optional("industry", "業種", "Industry", "漁業", "industry"),
            required("joinedOn", "加入日", "Joined on", "2026-04-01", "joinedOn")) {
        @Override
        List<Object> commands(ImportRow r, String coop) {
            return List.of(new AdmitMember(coop, r.id("clientId"), r.text("name", false), r.text("industry", false),
                    r.date("joinedOn", true)));
        }
    },

    /** 員外の派遣先 — RegisterNonMemberClient. */
    NON_MEMBER_CLIENTS("clients", "員外の派遣先", "Non-member clients",
            required("clientId", "派遣先ID", "Client ID", "ama-shop", "clientId").alias("ID"),
            required("name", "名称", "Name", "島の商店", "name").alias("派遣先名"),
            required("kind", "区分", "Kind", "事業者", "kind").alias("種別"),
            optional("municipalityCode", "市町村コード", "Municipality code", "", "municipalityCode")) {
        @Override
        List<Object> commands(ImportRow r, String coop) {
            return List.of(new RegisterNonMemberClient(coop, r.id("clientId"), r.text("name", true),
                    r.choice("kind", ClientKind.class, CLIENT_KINDS, true), r.municipality("municipalityCode", false)));
        }
    },

    /** 派遣職員 — HireWorker, and RecordPreviousEmployer when a previous employer is given. */
    WORKERS("workers", "派遣職員", "Workers",
            required("workerId", "職員ID", "Worker ID", "w10", "workerId").alias("ID"),
            required("name", "氏名", "Name", "山田 花子", "name").alias("名前"),
            required("birthDate", "生年月日", "Birth date", "H7.6.15", "birthDate"),
            required("hiredOn", "雇入れ日", "Hired on", "R8.4.1", "hiredOn").alias("雇入日", "採用日"),
            required("employmentType", "雇用形態", "Employment type", "無期雇用", "employmentType"),
            optional("fixedTermEndsOn", "契約期間満了日", "Fixed term ends on", "", "fixedTermEndsOn"),
            required("homeMunicipality", "住所の市町村コード", "Home municipality code", "325252", "homeMunicipality")
                    .alias("市町村コード", "住所市町村コード"),
            optional("skills", "技能", "Skills", "漁業、事務", "skills"),
            optional("previousEmployer", "前職の派遣先ID", "Previous employer client ID", "setnet",
                    "RecordPreviousEmployer.clientId"),
            optional("previousEmployerLeftOn", "前職の離職日", "Left previous employer on", "2026-03-31",
                    "RecordPreviousEmployer.leftOn"),
            optional("retiredAt60OrOver", "60歳以上の定年退職", "Retired at 60 or over", "いいえ",
                    "RecordPreviousEmployer.retiredAt60OrOver")) {
        @Override
        List<Object> commands(ImportRow r, String coop) {
            String workerId = r.id("workerId");
            List<Object> commands = new ArrayList<>();
            commands.add(new HireWorker(coop, workerId, r.text("name", true), r.date("birthDate", true),
                    r.date("hiredOn", true), r.choice("employmentType", EmploymentType.class, EMPLOYMENT_TYPES, true),
                    r.date("fixedTermEndsOn", false), r.municipality("homeMunicipality", true), r.list("skills")));
            if (!r.isBlank("previousEmployer") || !r.isBlank("previousEmployerLeftOn")) {
                String client = r.id("previousEmployer");
                commands.add(new RecordPreviousEmployer(coop, workerId, client,
                        r.date("previousEmployerLeftOn", true), Boolean.TRUE.equals(r.yesNo("retiredAt60OrOver", false))));
            }
            return commands;
        }
    },

    /** 前職（追加） — RecordPreviousEmployer for workers already registered, or a second previous employer. */
    PREVIOUS_EMPLOYERS("previous-employers", "前職", "Previous employers",
            required("workerId", "職員ID", "Worker ID", "w1", "workerId"),
            required("clientId", "前職の派遣先ID", "Client ID", "oyster", "clientId").alias("派遣先ID"),
            required("leftOn", "離職日", "Left on", "2022-03-31", "leftOn").alias("前職の離職日"),
            optional("retiredAt60OrOver", "60歳以上の定年退職", "Retired at 60 or over", "いいえ", "retiredAt60OrOver")) {
        @Override
        List<Object> commands(ImportRow r, String coop) {
            return List.of(new RecordPreviousEmployer(coop, r.id("workerId"), r.id("clientId"), r.date("leftOn", true),
                    Boolean.TRUE.equals(r.yesNo("retiredAt60OrOver", false))));
        }
    },

    /** 派遣計画 — PlanAssignment with a weekly pattern (hours per weekday, public holidays optionally off). */
    ASSIGNMENTS("assignments", "派遣計画", "Assignments", assignmentColumns()) {
        @Override
        List<Object> commands(ImportRow r, String coop) {
            LocalDate from = r.date("from", true);
            LocalDate to = r.date("to", true);
            Map<DayOfWeek, Integer> weekly = new TreeMap<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                Integer minutes = r.minutes(weekdayKey(d));
                if (minutes != null && minutes > 0) {
                    weekly.put(d, minutes);
                }
            }
            boolean exceptHolidays = Boolean.TRUE.equals(r.yesNo("exceptHolidays", false));
            Period period = from == null || to == null ? null : new Period(from, to);
            WorkPattern pattern = exceptHolidays && period != null && period.wellFormed()
                    ? WorkPattern.weeklyExceptHolidays(weekly, period) : WorkPattern.weekly(weekly);
            Long fee = r.integer("feePerHourYen", true);
            return List.of(new PlanAssignment(coop, r.id("assignmentId"),
                    r.choice("kind", AssignmentKind.class, ASSIGNMENT_KINDS, true), r.id("workerId"), r.id("clientId"),
                    r.text("work", true),
                    Optional.ofNullable(r.choice("category", WorkCategory.class, CATEGORIES, false))
                            .orElse(WorkCategory.GENERAL),
                    r.choice("medicalException", MedicalDispatchException.class, MEDICAL_EXCEPTIONS, false),
                    r.municipality("workplaceMunicipality", true), period, pattern, fee == null ? 0 : fee));
        }
    },

    /**
     * 季節の仕事 — RecordSeasonalJob: a client's demand for the planner; working days as weekdays (e.g. 月〜金, 月火水,
     * MON-FRI) or as explicit dates (separated by 、 or ,).
     */
    SEASONAL_JOBS("seasonal-jobs", "季節の仕事", "Seasonal jobs",
            required("jobId", "仕事ID", "Job ID", "j-oyster-2027", "jobId").alias("ID", "求人ID"),
            required("clientId", "派遣先ID", "Client ID", "oyster", "clientId").alias("組合員ID"),
            required("work", "業務内容", "Work", "岩牡蠣の出荷作業", "work").alias("業務", "仕事"),
            optional("category", "業務区分", "Category", "一般業務", "category"),
            required("workplaceMunicipality", "就業場所の市町村コード", "Workplace municipality code", "325252",
                    "workplaceMunicipality").alias("就業場所", "市町村コード"),
            required("from", "開始日", "From", "R9.2.1", "period").alias("期間開始"),
            required("to", "終了日", "To", "R9.3.31", "period").alias("期間終了"),
            optional("weekdays", "曜日", "Weekdays", "月〜金", "weekdays"),
            optional("dates", "日付", "Dates", "", "dates").alias("就業日"),
            optional("holidaysOff", "祝日は休み", "Public holidays off", "はい", "holidaysOff"),
            required("hoursPerDay", "1日の時間", "Hours per day", "7", "minutesPerDay").alias("1日の就業時間"),
            required("headcount", "人数", "Headcount", "2", "headcount").alias("必要人数"),
            optional("skills", "必要な技能", "Required skills", "", "requiredSkills").alias("技能"),
            required("feePerHourYen", "時間単価（円）", "Fee per hour (yen)", "1,100", "feePerHourYen")
                    .alias("時間単価", "単価")) {
        @Override
        List<Object> commands(ImportRow r, String coop) {
            LocalDate from = r.date("from", true);
            LocalDate to = r.date("to", true);
            Set<DayOfWeek> weekdays = weekdays(r, "weekdays");
            Set<LocalDate> dates = new TreeSet<>();
            for (String item : r.list("dates")) {
                try {
                    dates.add(Cells.date(item));
                } catch (Cells.CellException e) {
                    r.problem("dates", e.messageJa(), e.messageEn());
                }
            }
            if (weekdays.isEmpty() && dates.isEmpty() && r.isBlank("weekdays") && r.isBlank("dates")) {
                r.problem("weekdays", "曜日か日付のどちらかを入れてください", "give either weekdays or dates");
            } else if (!weekdays.isEmpty() && !dates.isEmpty()) {
                r.problem("dates", "曜日と日付は一方だけにしてください", "give weekdays or dates, not both");
            }
            Integer minutes = r.minutes("hoursPerDay");
            Long headcount = r.integer("headcount", true);
            Long fee = r.integer("feePerHourYen", true);
            Period period = from == null || to == null ? null : new Period(from, to);
            return List.of(new RecordSeasonalJob(coop, r.id("jobId"), new SeasonalJobTerms(r.id("clientId"),
                    r.text("work", true),
                    Optional.ofNullable(r.choice("category", WorkCategory.class, CATEGORIES, false))
                            .orElse(WorkCategory.GENERAL),
                    null, r.municipality("workplaceMunicipality", true), period, weekdays, dates,
                    !Boolean.FALSE.equals(r.yesNo("holidaysOff", true)), minutes == null ? 0 : minutes,
                    headcount == null ? 0 : Math.toIntExact(Math.min(headcount, Integer.MAX_VALUE)),
                    r.list("skills"), fee == null ? 0 : fee)));
        }
    },

    /** 実績 — RecordActualHours: one row per assignment and month, the hours of each day in columns 1日..31日. */
    ACTUAL_HOURS("actual-hours", "実績（月ごと）", "Actual hours (per month)", actualColumns()) {
        @Override
        List<Object> commands(ImportRow r, String coop) {
            YearMonth month = r.month("month");
            Map<LocalDate, Integer> days = new TreeMap<>();
            for (int day = 1; day <= 31; day++) {
                Integer minutes = r.minutes("d" + day);
                if (minutes == null) {
                    continue;
                }
                if (month != null && day > month.lengthOfMonth()) {
                    r.problem("d" + day, month + " に " + day + " 日はありません", month + " has no day " + day);
                } else if (month != null) {
                    days.put(month.atDay(day), minutes);
                }
            }
            return List.of(new RecordActualHours(coop, r.id("assignmentId"), month, days));
        }

        @Override
        String keyOfField(String field) {
            Matcher m = DAY_FIELD.matcher(field);
            return m.matches() ? "d" + Integer.parseInt(m.group(1)) : null;
        }
    };

    // ------------------------------------------------------------------ weekdays of a seasonal job

    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final String KANJI_DAYS = "月火水木金土日";
    private static final List<String> ENGLISH_DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    /**
     * Weekdays written as 月火水木金, 月〜金, 月-金, 月・水・金, MON-FRI or MON,WED; a problem for anything else.
     */
    static Set<DayOfWeek> weekdays(ImportRow r, String key) {
        Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
        if (r.isBlank(key)) {
            return days;
        }
        String text = Cells.normalize(r.text(key, false)).toUpperCase(java.util.Locale.ROOT)
                .replace("曜日", "").replace("曜", "").replaceAll("[〜～~ー－]", "-");
        for (String part : text.split("[、,，・/／\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] range = part.split("-", -1);
            if (range.length == 2) {
                int a = dayIndex(range[0]);
                int b = dayIndex(range[1]);
                if (a < 0 || b < 0 || b < a) {
                    r.problem(key, "曜日「" + part + "」が読めません", "cannot read weekdays '" + part + "'");
                    continue;
                }
                for (int i = a; i <= b; i++) {
                    days.add(WEEK.get(i));
                }
            } else if (dayIndex(part) >= 0) {
                days.add(WEEK.get(dayIndex(part)));
            } else if (part.chars().allMatch(c -> KANJI_DAYS.indexOf(c) >= 0)) {
                part.chars().forEach(c -> days.add(WEEK.get(KANJI_DAYS.indexOf(c))));
            } else {
                r.problem(key, "曜日「" + part + "」が読めません", "cannot read weekdays '" + part + "'");
            }
        }
        return days;
    }

    private static int dayIndex(String token) {
        String t = token.strip();
        if (t.length() == 1 && KANJI_DAYS.contains(t)) {
            return KANJI_DAYS.indexOf(t);
        }
        return ENGLISH_DAYS.indexOf(t.length() >= 3 ? t.substring(0, 3) : t);
    }

    // ------------------------------------------------------------------ labels of the choices

    static final Map<String, ClientKind> CLIENT_KINDS = labels(
            "事業者", ClientKind.BUSINESS, "business", ClientKind.BUSINESS,
            "市町村", ClientKind.MUNICIPALITY, "municipality", ClientKind.MUNICIPALITY,
            "地方独立行政法人", ClientKind.LOCAL_INDEPENDENT_AGENCY, "local independent agency",
            ClientKind.LOCAL_INDEPENDENT_AGENCY,
            "その他の公的機関", ClientKind.OTHER_PUBLIC_BODY, "都道府県・国その他の公的機関", ClientKind.OTHER_PUBLIC_BODY,
            "公的機関", ClientKind.OTHER_PUBLIC_BODY, "other public body", ClientKind.OTHER_PUBLIC_BODY);
    static final Map<String, EmploymentType> EMPLOYMENT_TYPES = labels(
            "無期雇用", EmploymentType.INDEFINITE, "無期", EmploymentType.INDEFINITE, "indefinite",
            EmploymentType.INDEFINITE, "有期雇用", EmploymentType.FIXED_TERM, "有期", EmploymentType.FIXED_TERM,
            "fixed term", EmploymentType.FIXED_TERM);
    static final Map<String, AssignmentKind> ASSIGNMENT_KINDS = labels(
            "派遣", AssignmentKind.DISPATCH, "労働者派遣", AssignmentKind.DISPATCH, "dispatch", AssignmentKind.DISPATCH,
            "在籍型出向", AssignmentKind.SECONDMENT, "出向", AssignmentKind.SECONDMENT, "secondment",
            AssignmentKind.SECONDMENT);
    static final Map<String, WorkCategory> CATEGORIES = labels(
            "一般業務", WorkCategory.GENERAL, "一般", WorkCategory.GENERAL, "general", WorkCategory.GENERAL,
            "建設業務", WorkCategory.CONSTRUCTION, "建設", WorkCategory.CONSTRUCTION, "construction",
            WorkCategory.CONSTRUCTION, "港湾運送業務", WorkCategory.PORT_CARGO_HANDLING, "港湾運送",
            WorkCategory.PORT_CARGO_HANDLING, "port cargo handling", WorkCategory.PORT_CARGO_HANDLING,
            "警備業務", WorkCategory.SECURITY, "警備", WorkCategory.SECURITY, "security", WorkCategory.SECURITY,
            "医療関係業務", WorkCategory.HOSPITAL_MEDICAL, "医療", WorkCategory.HOSPITAL_MEDICAL, "hospital medical",
            WorkCategory.HOSPITAL_MEDICAL, "medical", WorkCategory.HOSPITAL_MEDICAL);
    static final Map<String, MedicalDispatchException> MEDICAL_EXCEPTIONS = labels(
            "休業代替", MedicalDispatchException.LEAVE_COVER, "産前産後休業・育児休業・介護休業の代替",
            MedicalDispatchException.LEAVE_COVER, "leave cover", MedicalDispatchException.LEAVE_COVER,
            "へき地・離島", MedicalDispatchException.REMOTE_AREA, "へき地", MedicalDispatchException.REMOTE_AREA,
            "離島", MedicalDispatchException.REMOTE_AREA, "remote area", MedicalDispatchException.REMOTE_AREA,
            "紹介予定派遣", MedicalDispatchException.PLACEMENT_INTENDED, "placement intended",
            MedicalDispatchException.PLACEMENT_INTENDED);

    private static final Pattern DAY_FIELD = Pattern.compile("minutesPerDay\\[\\d{4}-\\d{2}-(\\d{2})]");

    @SuppressWarnings("unchecked")
    private static <E> Map<String, E> labels(Object... pairs) {
        Map<String, E> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (E) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    static String weekdayKey(DayOfWeek d) {
        return "weekday" + d.getValue();
    }

    private static ImportColumn[] assignmentColumns() {
        List<ImportColumn> c = new ArrayList<>(List.of(
                required("assignmentId", "派遣ID", "Assignment ID", "a-2026-101", "assignmentId").alias("ID"),
                required("kind", "種別", "Kind", "派遣", "kind").alias("派遣・出向"),
                required("workerId", "職員ID", "Worker ID", "w1", "workerId"),
                required("clientId", "派遣先ID", "Client ID", "setnet", "clientId"),
                required("work", "業務内容", "Work", "定置網の水揚げ", "work"),
                optional("category", "業務区分", "Work category", "一般業務", "category"),
                optional("medicalException", "医療の例外", "Medical exception", "", "medicalException"),
                required("workplaceMunicipality", "就業場所の市町村コード", "Workplace municipality code", "325252",
                        "workplaceMunicipality").alias("就業場所市町村コード"),
                required("from", "開始日", "From", "2026-12-01", "period.from", "period"),
                required("to", "終了日", "To", "2026-12-25", "period.to")));
        for (DayOfWeek d : DayOfWeek.values()) {
            String ja = "月火水木金土日".substring(d.getValue() - 1, d.getValue());
            c.add(optional(weekdayKey(d), ja, d.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH),
                    d.getValue() <= 5 ? "8" : "", "pattern.weekdayMinutes[" + d + "]")
                    .alias(ja + "曜", ja + "曜日", d.name()));
        }
        c.add(optional("exceptHolidays", "祝日を除く", "Except public holidays", "はい", "pattern.exceptDates"));
        c.add(required("feePerHourYen", "時間単価（円）", "Fee per hour (yen)", "1,100", "feePerHourYen")
                .alias("時間単価", "単価"));
        return c.toArray(ImportColumn[]::new);
    }

    private static ImportColumn[] actualColumns() {
        List<ImportColumn> c = new ArrayList<>(List.of(
                required("assignmentId", "派遣ID", "Assignment ID", "a-2026-101", "assignmentId"),
                required("month", "年月", "Month", "2026-12", "month").alias("対象月")));
        for (int day = 1; day <= 31; day++) {
            String example = day <= 5 && day != 3 ? "8" : day == 3 ? "7.5" : "";
            c.add(optional("d" + day, day + "日", "Day " + day, example).alias(String.valueOf(day)));
        }
        return c.toArray(ImportColumn[]::new);
    }

    // ------------------------------------------------------------------ the kind

    private final String slug;
    private final String labelJa;
    private final String labelEn;
    private final List<ImportColumn> columns;

    ImportKind(String slug, String labelJa, String labelEn, ImportColumn... columns) {
        this.slug = slug;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.columns = List.of(columns);
    }

    /** The name in URLs, e.g. {@code members}, {@code actual-hours}. */
    public String slug() {
        return slug;
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelJa;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    /** The commands one row stands for; values that cannot be read are problems of the row (and null here). */
    abstract List<Object> commands(ImportRow row, String cooperativeId);

    /** The column key a refused command's field belongs to, beyond the columns' own field lists; null if none. */
    String keyOfField(String field) {
        return null;
    }

    /** The column (its key) a refusal of {@code command}'s {@code field} concerns, or null for the whole row. */
    String columnKeyFor(String command, String field) {
        if (field == null) {
            return null;
        }
        String special = keyOfField(field);
        if (special != null) {
            return special;
        }
        for (String f = field; !f.isEmpty(); f = parent(f)) {
            for (ImportColumn c : columns) {
                if (command != null && c.fields().contains(command + "." + f)) {
                    return c.key();
                }
            }
            for (ImportColumn c : columns) {
                if (c.fields().contains(f)) {
                    return c.key();
                }
            }
        }
        return null;
    }

    private static String parent(String field) {
        int i = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
        return i <= 0 ? "" : field.substring(0, i);
    }

    /** The kind of a URL slug or a constant name. */
    public static Optional<ImportKind> of(String name) {
        for (ImportKind k : values()) {
            if (k.slug.equalsIgnoreCase(name) || k.name().equalsIgnoreCase(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
