package jp.yui.ui.support;

import com.vaadin.flow.component.Html;

/** An SVG drawn by {@link SvgCharts} as a component (wrapped in a div so that Html has one root element). */
public final class Svg {

    private Svg() {
    }

    public static Html of(String id, String svg) {
        Html html = new Html("<div>" + svg + "</div>");
        if (id != null) {
            html.setId(id);
        }
        return html;
    }
}
