package jp.yui.deploy.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other URL below {@code /api/v1}: a 404 problem (not Spring's HTML/JSON error page). */
@RestController
@Hidden
public class ApiFallbackController {

    @RequestMapping(ApiPaths.BASE + "/**")
    public void unknown() {
        throw ApiProblemException.notFound();
    }
}
