package jp.yui.ui.support;

import com.vaadin.flow.component.select.Select;

import java.util.ArrayList;
import java.util.List;

/** A selector of business years (年度, April–March) around the current one, labelled 令和n年度（yyyy年度）. */
public class BusinessYearSelect extends Select<Integer> {

    public BusinessYearSelect() {
        int current = Dates.currentBusinessYear();
        List<Integer> years = new ArrayList<>();
        for (int y = current + 1; y >= current - 4; y--) {
            years.add(y);
        }
        setItems(years);
        setItemLabelGenerator(y -> Dates.businessYearLabel(y, getLocale()));
        setLabel(getTranslation("views.businessYear"));
        setValue(current);
        setId("business-year");
        setEmptySelectionAllowed(false);
    }
}
