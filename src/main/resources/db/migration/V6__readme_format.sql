-- The markup of each README (ReadmeFormat's key: markdown, rst, text, org, asciidoc, other),
-- known from the file name GitHub gives with it. NULL for READMEs fetched before it was kept:
-- their text has to say what it is.
ALTER TABLE repo_readme ADD COLUMN format TEXT;
