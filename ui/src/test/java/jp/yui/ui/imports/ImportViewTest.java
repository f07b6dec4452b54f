package jp.yui.ui.imports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.yui.command.api.ImportRecords;
import jp.yui.command.api.ImportSummary;
import jp.yui.query.security.YuiPrincipal;
import jp.yui.ui.imports.csv.ImportEncoding;
import jp.yui.ui.imports.csv.ImportKind;
import jp.yui.ui.imports.csv.ImportProblem;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The import screen with Karibu: preview, problems by row and column, import only without problems. */
class ImportViewTest {

    private final List<ImportRecords> sent = new ArrayList<>();
    private final List<String> users = new ArrayList<>();
    private Function<ImportRecords, ImportSummary> aggregate = ImportViewTest::acceptAll;
    private ImportView view;

    private static ImportSummary acceptAll(ImportRecords c) {
        return new ImportSummary(c.cooperativeId(), c.importId(), c.dryRun(), !c.dryRun(), c.rows().size(),
                c.rows().stream().map(r -> ImportSummary.RowOutcome.ok(r.row())).toList());
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        YuiPrincipal manager = YuiPrincipal.manager("manager", "事務局", "dozen");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(manager, null,
                List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(ImportRecords.class.getName(), message -> {
            ImportRecords c = (ImportRecords) message.getPayload();
            sent.add(c);
            users.add(String.valueOf(message.getMetaData().get("userId")));
            return aggregate.apply(c);
        });
        CommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus).build();
        view = new ImportView(gateway);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private static Upload upload() {
        return _get(Upload.class, spec -> spec.withId("import-upload"));
    }

    private static Button importButton() {
        return _get(Button.class, spec -> spec.withId("import-button"));
    }

    private Grid<ImportProblem> problems() {
        return view.problemsGrid();
    }

    private static void uploadFile(String name, byte[] data) {
        UploadKt._upload(upload(), name, "text/csv", data);
    }

    @Test
    void aValidFileIsPreviewedThenImported() {
        uploadFile("members.csv", "組合員ID,名称,加入日\r\nfishery,隠岐漁業,R8.4.1\r\nsalt2,塩工房,2026/5/1\r\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(sent).singleElement().satisfies(c -> {
            assertThat(c.dryRun()).isTrue();
            assertThat(c.cooperativeId()).isEqualTo("dozen");
            assertThat(c.rows()).hasSize(2);
        });
        assertThat(users).containsExactly("manager");
        assertThat(problems().isVisible()).isFalse();
        assertThat(importButton().isEnabled()).isTrue();

        ButtonKt._click(importButton());
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).dryRun()).isFalse();
        assertThat(importButton().isEnabled()).isFalse();
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
    }

    @Test
    void cellsThatCannotBeReadAreListedByRowAndColumnAndBlockTheImport() {
        uploadFile("members.csv", "組合員ID,名称,加入日\r\nfishery,隠岐漁業,R8.4.1\r\n,塩工房,2026/2/30\r\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(problems().isVisible()).isTrue();
        assertThat(view.shownProblems()).extracting(p -> p.row() + ":" + p.column())
                .containsExactly("3:組合員ID", "3:加入日");
        assertThat(importButton().isEnabled()).isFalse();
        // the readable row was still judged in the preview
        assertThat(sent).singleElement().satisfies(c -> assertThat(c.rows()).hasSize(1));
    }

    @Test
    void refusalsOfTheRulesAreListedAndBlockTheImport() {
        aggregate = c -> new ImportSummary(c.cooperativeId(), c.importId(), c.dryRun(), false, 1, List.of(
                new ImportSummary.RowOutcome(2, false, "AdmitMember", "INVALID_INPUT", "joinedOn",
                        "joinedOn: 既に組合員です", "joinedOn: already a member")));
        uploadFile("members.csv", "組合員ID,名称,加入日\r\nsetnet,崎の定置網,2026-05-01\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(view.shownProblems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("加入日");
        });
        assertThat(importButton().isEnabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shiftJisWithTheChosenKindAndEncoding() {
        Select<ImportKind> kind = _get(Select.class, spec -> spec.withId("import-kind"));
        Select<ImportEncoding> encoding = _get(Select.class, spec -> spec.withId("import-encoding"));
        kind.setValue(ImportKind.NON_MEMBER_CLIENTS);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("import-columns")).getText())
                .contains("Client ID*", "Municipality code").doesNotContain("Municipality code*");
        encoding.setValue(ImportEncoding.SHIFT_JIS);
        uploadFile("clients.csv", "派遣先ID,名称,区分,市町村コード\r\nama-town,海士町役場,市町村,325252\r\npref,島根県 隠岐支庁,その他の公的機関,\r\n"
                .getBytes(Charset.forName("windows-31j")));
        assertThat(view.shownProblems()).isEmpty();
        assertThat(sent).singleElement().satisfies(c -> assertThat(c.rows()).hasSize(2));
        assertThat(_get(Span.class, spec -> spec.withId("import-status")).getText()).contains("windows-31j");
        assertThat(importButton().isEnabled()).isTrue();
    }
}
