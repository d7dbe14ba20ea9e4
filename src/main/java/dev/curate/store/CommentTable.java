package dev.curate.store;

import dev.curate.model.Comment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code thread_comments_read} and {@code thread_comment}: a thread's top comments, cached. */
final class CommentTable {
  /** Replaces what is cached for the thread. */
  void save(Connection connection, String threadId, List<Comment> comments, Instant fetchedAt)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM thread_comments_read WHERE thread_id = ?")) {
      delete.setString(1, threadId);
      delete.executeUpdate();
    }
    try (PreparedStatement read =
        connection.prepareStatement(
            "INSERT INTO thread_comments_read (thread_id, fetched_at) VALUES (?, ?)")) {
      read.setString(1, threadId);
      read.setString(2, Columns.instant(fetchedAt));
      read.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO thread_comment (thread_id, position, author, body, score, stickied) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < comments.size(); i++) {
        Comment c = comments.get(i);
        insert.setString(1, threadId);
        insert.setInt(2, i + 1);
        Columns.nullableText(insert, 3, c.author());
        Columns.nullableText(insert, 4, c.body());
        Columns.nullableInt(insert, 5, c.score());
        insert.setInt(6, c.stickied() ? 1 : 0);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The cached comments in Reddit's order; empty when the thread's comments were never read. */
  Optional<List<Comment>> of(Connection connection, String threadId) throws SQLException {
    try (PreparedStatement read =
        connection.prepareStatement("SELECT 1 FROM thread_comments_read WHERE thread_id = ?")) {
      read.setString(1, threadId);
      try (ResultSet row = read.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
      }
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT author, body, score, stickied FROM thread_comment WHERE thread_id = ? ORDER BY position")) {
      query.setString(1, threadId);
      try (ResultSet rows = query.executeQuery()) {
        List<Comment> comments = new ArrayList<>();
        while (rows.next()) {
          comments.add(
              new Comment(
                  rows.getString("author"),
                  rows.getString("body"),
                  Columns.nullableInt(rows, "score"),
                  Columns.bool(rows, "stickied")));
        }
        return Optional.of(comments);
      }
    }
  }
}
