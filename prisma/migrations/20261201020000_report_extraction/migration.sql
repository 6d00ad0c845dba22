-- ReportExtraction (with its leftOut count) is created with the job columns in 20261201050000_feeds_jobs.
SELECT 1;
