package jp.yui.ui.integrity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import jp.yui.query.integrity.ChainPosition;
import jp.yui.query.integrity.ChainVerification;
import jp.yui.query.integrity.VerifyEventChain;
import jp.yui.query.registry.CertificationStatus;
import jp.yui.query.registry.CooperativeSummary;
import jp.yui.query.registry.FindCooperativesByPrefecture;
import jp.yui.query.security.YuiPrincipal;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The auditor chooses a cooperative of the prefecture, verifies, and sees where the chain breaks. */
class IntegrityViewTest {

    private final QueryGateway queries = mock(QueryGateway.class);

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        YuiPrincipal auditor = YuiPrincipal.prefecture("shimane", "島根県 監査", "32");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(auditor, null,
                List.of(new SimpleGrantedAuthority("ROLE_PREFECTURE"))));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheFirstBrokenPosition() {
        CooperativeSummary dozen = new CooperativeSummary("dozen", "海士町結組合", "32", "島根県", null, List.of(),
                CertificationStatus.values()[0], "", "");
        when(queries.query(eq(new FindCooperativesByPrefecture("32")), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(dozen)));
        when(queries.query(new VerifyEventChain("dozen"), ChainVerification.class))
                .thenReturn(CompletableFuture.completedFuture(new ChainVerification(false, 3,
                        new ChainPosition(2, 117L), "連鎖が位置 2（全体位置 117）で途切れています", "breaks at 2",
                        "ab".repeat(32), 0)));

        UI.getCurrent().setLocale(java.util.Locale.JAPANESE);
        IntegrityView view = new IntegrityView(queries);
        UI.getCurrent().add(view);
        ComboBox<CooperativeSummary> combo = _get(ComboBox.class, spec -> spec.withId("integrity-cooperative"));
        assertThat(_get(Button.class, spec -> spec.withId("integrity-verify")).isEnabled()).isFalse();
        combo.setValue(dozen);
        _click(_get(Button.class, spec -> spec.withId("integrity-verify")));

        assertThat(_get(Span.class, spec -> spec.withId("integrity-status")).getElement().getThemeList())
                .contains("badge", "error");
        assertThat(_get(Paragraph.class, spec -> spec.withId("integrity-reason")).getText())
                .contains("位置 2").contains("117");
    }
}
