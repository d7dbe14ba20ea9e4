-- placeholder: filled by the issue that owns it. SQLite accepts a file of comments only.
SELECT 1;
