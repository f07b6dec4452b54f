package jp.yui.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportTest {

    @Test
    void japaneseTextRoundTripsThroughTextExtraction() throws IOException {
        byte[] pdf = PdfReport.titled("派遣元管理台帳")
                .subtitle("島前マルチワーク事業協同組合")
                .subtitle("出力日 令和8年4月1日（2026-04-01）")
                .footer("派遣元管理台帳 / Dispatcher's ledger")
                .section("組合員・派遣・令和")
                .text("期間 令和8年4月1日〜令和8年6月30日 ① 〒684-0403")
                .table(List.of("項目", "内容"), List.of(1f, 3f), List.of(
                        List.of("派遣先", "海士町 定置網漁業"),
                        List.of("就業日", "月〜金")))
                .render();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("派遣元管理台帳", "島前マルチワーク事業協同組合", "令和8年4月1日（2026-04-01）",
                    "組合員・派遣・令和", "期間 令和8年4月1日〜令和8年6月30日 ① 〒684-0403", "海士町 定置網漁業", "月〜金",
                    "1 / 1");
            // the font is embedded (as a subset), not referenced
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("IPAexGothic").matches("[A-Z]{6}\\+.*");
        }
    }

    @Test
    void longTablesBreakPagesRepeatTheHeaderAndNumberThePages() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("職員" + i, "派遣先" + i + "、長い説明が折り返されることを確かめるための文章です。".repeat(i % 3 + 1)));
        }
        byte[] pdf = PdfReport.titled("長い表").footer("テスト").section("一覧").table(List.of("氏名欄", "説明欄"), List.of(1f, 4f), rows).render();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                String page = s.getText(doc);
                assertThat(page).as("page %d", p).contains("氏名欄", "説明欄", p + " / " + pages, "テスト");
            }
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("職員1 派遣先1、", "職員120 派遣先120、");
        }
    }

    @Test
    void charactersTheFontLacksBecomeGetaMarksInsteadOfFailing() throws IOException {
        byte[] pdf = PdfReport.titled("絵文字😀テスト").text("tab\there").landscape().render();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("絵文字〓テスト", "tab here");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void aRowTallerThanAPageIsSplitAcrossPages() throws IOException {
        String tall = String.join("\n", java.util.Collections.nCopies(150, "行"));
        byte[] pdf = PdfReport.titled("t").table(List.of("a", "b"), List.of(List.of("始まり", tall + "\n終わり"))).render();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(new PDFTextStripper().getText(doc)).contains("始まり", "終わり");
        }
    }
}
