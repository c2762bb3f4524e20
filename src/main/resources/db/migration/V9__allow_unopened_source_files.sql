-- A file the inbox refuses without opening it (a symbolic link, a pipe, an empty file, a name it
-- does not read, one over max-bytes) is recorded FAILED with its reason but has no content hash.
ALTER TABLE source_file ALTER COLUMN content_sha256 DROP NOT NULL;
