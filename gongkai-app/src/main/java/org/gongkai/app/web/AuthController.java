package org.gongkai.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.StoreException;
import org.gongkai.app.store.User;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens: {@code POST /api/auth/token} with name and password; {@code DELETE} revokes the token used. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "auth", description = "登录取得令牌")
class AuthController {

    private final Logins logins;
    private final Directory directory;

    AuthController(Logins logins, Directory directory) {
        this.logins = logins;
        this.directory = directory;
    }

    @PostMapping("/token")
    @Operation(summary = "以用户名和密码取得令牌（之后的请求带 Authorization: Bearer 令牌）；连续失败会被限制（429）")
    Map<String, Object> token(@RequestBody(required = false) Views.TokenRequest body, HttpServletRequest request) {
        if (body == null || body.username() == null || body.username().isBlank() || body.password() == null) {
            throw new StoreException.Invalid("请求体应为 {\"username\": 用户名, \"password\": 密码}");
        }
        User user = logins.login(body.username().trim(), body.password(), SecurityConfiguration.address(request));
        String token = directory.issueToken(user);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("token", token);
        out.put("tokenType", "Bearer");
        out.put("username", user.username());
        out.put("role", user.role().code());
        return out;
    }

    @DeleteMapping("/token")
    @Operation(summary = "注销：吊销本次请求所用的令牌")
    ResponseEntity<Void> revoke(@RequestHeader("Authorization") String authorization) {
        directory.revokeToken(authorization.substring("Bearer ".length()).trim());
        return ResponseEntity.noContent().build();
    }
}
