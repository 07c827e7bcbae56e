"""The small Markdown subset organisations write (landing pages), rendered without any HTML input."""

from __future__ import annotations

from markdown_it import MarkdownIt

# "zero" preset + what the seeds show: paragraphs, emphasis, lists, links. Raw HTML is off, and
# markdown-it refuses javascript:, vbscript: and data: link targets.
_renderer = MarkdownIt("zero", {"html": False, "linkify": False, "typographer": False}).enable(
    ["emphasis", "list", "link", "newline"]
)


def render_markdown(text: str | None) -> str | None:
    if not text:
        return None
    html: str = _renderer.render(text)
    return html.replace("<a href=", '<a rel="noopener noreferrer" target="_blank" href=')


# Challenges also show code (programs to read, shortcuts): inline code and fenced blocks.
_challenge_renderer = MarkdownIt("zero", {"html": False, "linkify": False}).enable(
    ["emphasis", "list", "link", "newline", "backticks", "fence", "code"]
)


def render_challenge_markdown(text: str) -> str:
    html: str = _challenge_renderer.render(text)
    return html.replace("<a href=", '<a rel="noopener noreferrer" target="_blank" href=')
