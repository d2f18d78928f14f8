"""Renderers: one module per output format (CSV, WhatsApp, iCalendar, Markdown, HTML, DOCX)."""
