package dev.curate.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * GitHub's JSON answer to {@code GET /repos/{owner}/{repo}/readme}, in the shape hub4j/github-api
 * recorded it
 * (src/test/resources/org/kohsuke/github/AppTest/wiremock/testReadme/__files/3-r_h_t_readme.json):
 * {@code name}, {@code path}, {@code sha}, {@code size}, {@code url}, {@code html_url}, {@code
 * git_url}, {@code download_url}, {@code type: "file"}, {@code content} (base64 in lines of 60
 * characters, each ending in a newline), {@code encoding: "base64"} and {@code _links}; the text
 * inside is ours.
 */
final class ReadmeStubs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReadmeStubs() {}

  static String readme(String fullName, String path, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String api = "https://api.github.com/repos/" + fullName;
    String sha = "aba4d4a6526eee836f7ec78f9282a8ee3bfb5a25";
    ObjectNode n = JSON.createObjectNode();
    n.put("name", path.substring(path.lastIndexOf('/') + 1));
    n.put("path", path);
    n.put("sha", sha);
    n.put("size", bytes.length);
    n.put("url", api + "/contents/" + path + "?ref=main");
    n.put("html_url", "https://github.com/" + fullName + "/blob/main/" + path);
    n.put("git_url", api + "/git/blobs/" + sha);
    n.put("download_url", "https://raw.githubusercontent.com/" + fullName + "/main/" + path);
    n.put("type", "file");
    n.put(
        "content",
        Base64.getMimeEncoder(60, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes)
            + "\n");
    n.put("encoding", "base64");
    ObjectNode links = n.putObject("_links");
    links.put("self", api + "/contents/" + path + "?ref=main");
    links.put("git", api + "/git/blobs/" + sha);
    links.put("html", "https://github.com/" + fullName + "/blob/main/" + path);
    return n.toPrettyString();
  }
}
