package jp.yui.deploy.config;

import jp.yui.command.domain.CapLaw;
import jp.yui.command.domain.JapaneseHolidays;
import jp.yui.command.domain.Municipalities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Beans the Cooperative aggregate's command handlers receive as parameters (Axon resolves handler parameters it does
 * not know from the Spring context, by type).
 */
@Configuration(proxyBeanMethods = false)
public class DomainConfiguration {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @Bean
    public Clock clock() {
        return Clock.system(ZONE);
    }

    @Bean
    public JapaneseHolidays japaneseHolidays() {
        return JapaneseHolidays.shared();
    }

    @Bean
    public Municipalities municipalities() {
        return Municipalities.officialList();
    }

    @Bean
    public CapLaw capLaw(@Value("${yui.caps.amendment-commencement:2025-07-01}") String amendmentCommencement) {
        return new CapLaw(LocalDate.parse(amendmentCommencement.trim()));
    }
}
