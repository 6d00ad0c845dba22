// WAL lets the dashboard read while an import writes; it is a property of the file, so set it once.
import Database from 'better-sqlite3';

const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.close();
