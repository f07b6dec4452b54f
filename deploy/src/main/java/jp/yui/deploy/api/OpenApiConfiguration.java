package jp.yui.deploy.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the REST API ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui/index.html}), with
 * HTTP Basic and bearer authentication declared.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    public OpenAPI yuiOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Yui（結） REST API").version("v1")
                        .description("Commands and queries of Yui for specified regional development cooperatives. "
                                + "Errors are RFC 7807 problems (urn:yui:problem:*); command requests accept an "
                                + "Idempotency-Key header."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
