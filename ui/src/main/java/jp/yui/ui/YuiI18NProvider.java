package jp.yui.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the UI: Japanese first ({@code vaadin-i18n/translations_ja.properties}), English
 * ({@code translations_en.properties}) for browsers that ask for it or users who switch. A key missing in English
 * falls back to Japanese; a key missing everywhere shows as {@code !key!} so that it is seen in review.
 */
@Component
public class YuiI18NProvider implements I18NProvider {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /**
     * The bundles, searched in this order: one per part of the UI so that parts can add texts independently
     * ({@code vaadin-i18n/<name>_ja.properties} and {@code _en}); a missing bundle is skipped.
     */
    private static final List<String> BUNDLES = List.of("vaadin-i18n/translations", "vaadin-i18n/views",
            "vaadin-i18n/admin", "vaadin-i18n/imports", "vaadin-i18n/planner", "vaadin-i18n/ops");

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(JAPANESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale wanted = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : JAPANESE;
        String pattern = lookup(key, wanted);
        if (pattern == null && wanted != JAPANESE) {
            pattern = lookup(key, JAPANESE);
        }
        if (pattern == null) {
            return "!" + key + "!";
        }
        return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
    }

    private static String lookup(String key, Locale locale) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException e) {
                // this part of the UI has no texts in this language
            }
        }
        return null;
    }
}
