-- A fetch job may also name resume files to download (signed URLs, often long), one target a line.
ALTER TABLE fetch_job ALTER COLUMN target SET DATA TYPE VARCHAR(16000);
