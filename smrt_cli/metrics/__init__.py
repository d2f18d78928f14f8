"""Platform export readers and the SQLite store of measured posts, messages and account days."""
