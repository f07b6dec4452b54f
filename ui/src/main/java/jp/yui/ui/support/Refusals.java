package jp.yui.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jp.yui.command.api.CommandRefusedException;
import jp.yui.command.api.InvalidCommandException;
import jp.yui.command.api.RuleViolationException;
import jp.yui.query.security.AccessRefusedException;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a refusal into words for the user: the rule id, the Japanese (or English) message with its figures, and
 * the field at fault. Shown inline (a {@link Div} with id {@value #ID}, kept until the next attempt) and as a
 * notification. The form around it is never cleared: what the user typed stays.
 */
public final class Refusals {

    public static final String ID = "refusal-message";

    private Refusals() {
    }

    /** The text of a refusal in the language of {@code locale}. */
    public static String text(Throwable error, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        Throwable e = YuiGateways.unwrap(error);
        if (e instanceof CommandRefusedException r) {
            StringBuilder sb = new StringBuilder();
            if (r instanceof RuleViolationException v) {
                sb.append(v.ruleId()).append(en ? ": " : "：");
            } else if (r instanceof InvalidCommandException) {
                sb.append(en ? "Invalid input" : "入力に誤りがあります");
                if (r.field() != null) {
                    sb.append(" (").append(r.field()).append(")");
                }
                sb.append(en ? ": " : "：");
            } else {
                sb.append(r.code()).append(en ? ": " : "：");
            }
            sb.append(en ? r.messageEn() : r.messageJa());
            if (!r.figures().isEmpty()) {
                sb.append(en ? " [" : "［").append(figures(r.figures())).append(en ? "]" : "］");
            }
            return sb.toString();
        }
        if (e instanceof AccessRefusedException) {
            return en ? "Not found or not within your scope." : "対象が見つからないか、権限の範囲外です。";
        }
        return (en ? "Could not be done: " : "処理できませんでした：") + e.getMessage();
    }

    static String figures(Map<String, Object> figures) {
        return figures.entrySet().stream().map(f -> f.getKey() + "=" + f.getValue())
                .collect(Collectors.joining(", "));
    }

    /** An empty, hidden inline message area to put into a form. */
    public static Div area() {
        Div div = new Div();
        div.setId(ID);
        div.setVisible(false);
        div.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.Padding.SMALL, LumoUtility.Border.ALL,
                LumoUtility.BorderColor.ERROR, LumoUtility.BorderRadius.MEDIUM);
        return div;
    }

    /** Shows {@code error} in {@code area} and as a notification. */
    public static void show(Div area, Throwable error) {
        String text = text(error, locale());
        area.removeAll();
        area.add(new Span(text));
        area.setVisible(true);
        notify(text);
    }

    /** Shows {@code error} as a notification only. */
    public static void notify(Throwable error) {
        notify(text(error, locale()));
    }

    private static void notify(String text) {
        if (UI.getCurrent() == null) {
            return;
        }
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Hides the message after a successful attempt. */
    public static void clear(Div area) {
        area.removeAll();
        area.setVisible(false);
    }

    /** A success notification. */
    public static void success(Component any, String text) {
        if (UI.getCurrent() == null) {
            return;
        }
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.JAPANESE : ui.getLocale();
    }
}
