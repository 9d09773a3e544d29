package org.truce.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL URL as users write it ({@code postgresql://user:secret@host:5432/db}) turned into
 * what the JDBC driver takes, and a form to show in messages, without the password.
 */
record PostgresUrl(String jdbcUrl, String user, String password, String shown) {
  static PostgresUrl parse(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return new PostgresUrl(url, null, null, url.replaceAll("password=[^&]*", "password=***"));
    }
    try {
      URI uri = new URI(url);
      if (uri.getHost() == null) {
        throw notAUrl(url, null);
      }
      String user = null;
      String password = null;
      if (uri.getRawUserInfo() != null) {
        String[] parts = uri.getRawUserInfo().split(":", 2);
        user = decode(parts[0]);
        password = parts.length > 1 ? decode(parts[1]) : null;
      }
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      String jdbc = "jdbc:postgresql://" + uri.getHost() + port + path + query;
      String shown =
          "postgresql://" + (user == null ? "" : user + "@") + uri.getHost() + port + path;
      return new PostgresUrl(jdbc, user, password, shown);
    } catch (URISyntaxException e) {
      throw notAUrl(url, e);
    }
  }

  private static StoreException notAUrl(String url, Exception cause) {
    String redacted = url.replaceAll(":[^:@/]*@", ":***@");
    return new StoreException(
        "`"
            + redacted
            + "` is not a PostgreSQL URL: write postgresql://user:password@host:port/database",
        cause);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }
}
