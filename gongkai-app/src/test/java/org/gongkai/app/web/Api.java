package org.gongkai.app.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.gongkai.core.json.Json;
import tools.jackson.databind.JsonNode;

/** A small HTTP client for the tests, against the server on its random port. */
final class Api {

    final String base;
    final HttpClient http;

    Api(String port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
    }

    /** An answer: status, headers, body. */
    record Answer(int status, HttpResponse<byte[]> raw) {
        String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        byte[] bytes() {
            return raw.body();
        }

        JsonNode json() {
            return Json.mapper().readTree(raw.body());
        }

        String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Answer get(String path, String token) throws Exception {
        return send(request(path, token).GET().build());
    }

    Answer postJson(String path, String token, String json) throws Exception {
        HttpRequest.Builder b = request(path, token).header("Content-Type", "application/json");
        return send(b.POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer postForm(String path, String form) throws Exception {
        return send(request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** A multipart upload: the file and further text fields. */
    Answer upload(String token, String fileName, byte[] content, Map<String, String> fields) throws Exception {
        return upload("/api/disclosures", token, fileName, content, fields);
    }

    /** A multipart upload to a path: the file and further text fields (a page's form: the CSRF token among them). */
    Answer upload(String path, String token, String fileName, byte[] content, Map<String, String> fields) throws Exception {
        String boundary = "gk" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A token for the account (POST /api/auth/token). */
    String token(String username, String password) throws Exception {
        Answer a = postJson("/api/auth/token", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (a.status() != 200) {
            throw new IllegalStateException("login of " + username + ": " + a.status() + " " + a.text());
        }
        return a.json().get("token").asString();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    Answer send(HttpRequest r) throws Exception {
        HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(resp.statusCode(), resp);
    }
}
