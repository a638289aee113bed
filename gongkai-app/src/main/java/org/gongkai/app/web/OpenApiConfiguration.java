package org.gongkai.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 description at /v3/api-docs (springdoc), with the bearer scheme of the API. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI gongkaiOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Gongkai 公开 API").version("0.1")
                        .description("部门预算公开：公开文件的上传、核对、审核与公开，已公开数据的查询与汇总。"
                                + "写操作须带 Authorization: Bearer 令牌（POST /api/auth/token 取得）；公众只看到已公开的版本。")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
