package jp.yui.ui.imports.csv;

/**
 * One problem of an imported file: the row as a spreadsheet shows it (the header is row 1; 0 for the file as a
 * whole), the column as the file names it ({@code null} when the problem concerns the whole row), and what is wrong.
 */
public record ImportProblem(int row, String column, String messageJa, String messageEn) {

    /** The message in Japanese unless English is asked for. */
    public String message(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageJa;
    }
}
