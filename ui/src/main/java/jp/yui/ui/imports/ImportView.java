package jp.yui.ui.imports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import jp.yui.command.api.CommandRefusedException;
import jp.yui.command.api.ImportRecords;
import jp.yui.command.api.ImportSummary;
import jp.yui.query.security.YuiPrincipal;
import jp.yui.ui.MainLayout;
import jp.yui.ui.imports.csv.CsvImporter;
import jp.yui.ui.imports.csv.ImportEncoding;
import jp.yui.ui.imports.csv.ImportKind;
import jp.yui.ui.imports.csv.ImportProblem;
import jp.yui.ui.imports.csv.ImportTemplates;
import jp.yui.ui.security.CurrentUser;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

/**
 * 取り込み: the manager chooses what the file holds and its encoding, uploads it, sees every problem by row and
 * column (the preview reads the file and judges it against the rules without recording anything), and imports it
 * only when there is none — all rows or nothing.
 */
@Route(value = "import", layout = MainLayout.class)
@RolesAllowed("MANAGER")
@Menu(title = "imports.menu", order = 60, icon = "vaadin:upload")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final CommandGateway commandGateway;
    private final Select<ImportKind> kind = new Select<>();
    private final Select<ImportEncoding> encoding = new Select<>();
    private final Upload upload;
    private final Anchor template = new Anchor();
    private final Span status = new Span();
    private final Paragraph columns = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    private final Button importButton;
    private CsvImporter.ParsedImport parsed;

    public ImportView(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
        setSizeFull();

        kind.setId("import-kind");
        kind.setLabel(getTranslation("imports.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("imports.kind." + k.name()));
        kind.setValue(ImportKind.MEMBERS);
        kind.addValueChangeListener(e -> {
            updateTemplate();
            reset();
        });

        encoding.setId("import-encoding");
        encoding.setLabel(getTranslation("imports.encoding"));
        encoding.setItems(ImportEncoding.values());
        encoding.setItemLabelGenerator(x -> getTranslation("imports.encoding." + x.name()));
        encoding.setValue(ImportEncoding.AUTO);
        encoding.addValueChangeListener(e -> reset());

        template.setId("import-template");
        template.getElement().setAttribute("download", true);
        updateTemplate();

        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> preview(data));
            } else {
                preview(data);
            }
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setDropLabel(new Span(getTranslation("imports.upload.drop")));
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> reset());

        importButton = new Button(getTranslation("imports.import"), e -> importFile());
        importButton.setId("import-button");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);

        status.setId("import-status");

        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(p -> p.row() == 0 ? "—" : String.valueOf(p.row()))
                .setHeader(getTranslation("imports.problems.row")).setWidth("6em").setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "—" : p.column())
                .setHeader(getTranslation("imports.problems.column")).setWidth("14em").setFlexGrow(0);
        problems.addColumn(p -> p.message(getLocale())).setHeader(getTranslation("imports.problems.message"))
                .setFlexGrow(1);
        problems.setVisible(false);

        HorizontalLayout choices = new HorizontalLayout(kind, encoding, template);
        choices.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        columns.setId("import-columns");
        add(new H2(getTranslation("imports.title")), new Paragraph(getTranslation("imports.intro")), choices, columns,
                upload,
                status, problems, importButton);
        setFlexGrow(1, problems);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title");
    }

    private void updateTemplate() {
        ImportKind k = kind.getValue();
        boolean en = getLocale() != null && "en".equals(getLocale().getLanguage());
        columns.setText(getTranslation("imports.columns", k.columns().stream()
                .map(c -> (en ? c.en() : c.ja()) + (c.required() ? "*" : ""))
                .collect(java.util.stream.Collectors.joining(en ? ", " : "、"))));
        template.setText(getTranslation("imports.template"));
        template.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(ImportTemplates.csv(k)), ImportTemplates.fileName(k), "text/csv;charset=UTF-8",
                ImportTemplates.csv(k).length)));
    }

    private void reset() {
        parsed = null;
        importButton.setEnabled(false);
        problems.setItems(List.of());
        problems.setVisible(false);
        status.setText("");
    }

    /** Reads the uploaded file and shows the preview: every problem, or that it can be imported. */
    void preview(byte[] data) {
        YuiPrincipal user = CurrentUser.require();
        parsed = CsvImporter.parse(kind.getValue(), data, encoding.getValue(), user.cooperativeId());
        CsvImporter.ImportResult result = CsvImporter.run(parsed, user.cooperativeId(), importId(), true,
                c -> send(c, user));
        show(result);
        importButton.setEnabled(result.ok() && result.rowCount() > 0);
    }

    private void importFile() {
        if (parsed == null) {
            return;
        }
        YuiPrincipal user = CurrentUser.require();
        CsvImporter.ImportResult result = CsvImporter.run(parsed, user.cooperativeId(), importId(), false,
                c -> send(c, user));
        importButton.setEnabled(false);
        if (result.applied()) {
            Notification n = Notification.show(getTranslation("imports.done", result.rowCount()), 5000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            status.setText(getTranslation("imports.done", result.rowCount()));
            problems.setVisible(false);
            parsed = null;
            upload.clearFileList();
        } else {
            Notification n = Notification.show(getTranslation("imports.refused", result.problems().size()), 5000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            show(result);
        }
    }

    private void show(CsvImporter.ImportResult result) {
        problems.setItems(result.problems());
        problems.setVisible(!result.ok());
        status.setText(result.ok()
                ? getTranslation("imports.preview.ok", result.rowCount(), result.charset())
                : getTranslation("imports.preview.problems", result.problems().size(), result.rowCount(),
                        result.charset()));
    }

    private ImportSummary send(ImportRecords command, YuiPrincipal user) {
        try {
            return commandGateway.sendAndWait(command, MetaData.with("userId", user.username()));
        } catch (CommandExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CommandRefusedException refused) {
                throw refused;
            }
            throw e;
        }
    }

    private static String importId() {
        return "ui-" + UUID.randomUUID();
    }

    /** For tests and screen readers: the shown problems. */
    List<ImportProblem> shownProblems() {
        return problems.getGenericDataView().getItems().toList();
    }

    Grid<ImportProblem> problemsGrid() {
        return problems;
    }
}
