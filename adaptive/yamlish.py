"""A small reader for the YAML subset used by QROCM solutions and answers.

Pix parses these with YAML's fail-safe schema: every scalar is a string. The engine must stay
stdlib-only, so this module reads just what the content uses:

    key: value            key: "quoted"         key: [a, b]
    key:                  - item                # comment
      - variant           - other

Anything else raises :class:`YamlishError`; callers turn that into a ``ko`` with a reason.
"""

from __future__ import annotations

YamlValue = str | list[str]


class YamlishError(ValueError):
    pass


def _strip_comment(text: str) -> str:
    """Drop a trailing ``# comment`` outside quotes (YAML needs a space before ``#``)."""
    quote = ""
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"" and (index == 0 or text[index - 1] in " :[,-"):
            quote = char
        elif char == "#" and (index == 0 or text[index - 1] in " \t"):
            return text[:index]
    return text


def _scalar(raw: str) -> str:
    text = raw.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        inner = text[1:-1]
        return inner.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if text[:1] in ("'", '"'):
        raise YamlishError(f"unterminated quoted scalar: {text!r}")
    return text


def _flow_sequence(raw: str) -> list[str]:
    inner = raw.strip()[1:-1]
    if not inner.strip():
        return []
    items: list[str] = []
    current: list[str] = []
    quote = ""
    for char in inner:
        if quote:
            current.append(char)
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
            current.append(char)
        elif char == ",":
            items.append(_scalar("".join(current)))
            current = []
        else:
            current.append(char)
    if quote:
        raise YamlishError("unterminated quote in flow sequence")
    items.append(_scalar("".join(current)))
    return items


def _value(raw: str) -> YamlValue:
    text = raw.strip()
    if text.startswith("[") and text.endswith("]"):
        return _flow_sequence(text)
    if text[:1] in ("[", "{", "|", ">", "&", "*", "!"):
        # Flow mappings, block scalars, anchors and tags are outside the supported subset.
        raise YamlishError(f"unsupported YAML construct: {text!r}")
    return _scalar(text)


def _split_key(line: str) -> tuple[str, str]:
    """Split ``key: rest``; the key may be quoted."""
    if line[:1] in ("'", '"'):
        end = line.find(line[0], 1)
        if end < 0 or line[end + 1 : end + 2] != ":":
            raise YamlishError(f"bad quoted key: {line!r}")
        return line[1:end], line[end + 2 :]
    position = line.find(": ")
    if position < 0:
        if line.endswith(":"):
            return line[:-1].strip(), ""
        raise YamlishError(f"expected 'key: value', got {line!r}")
    return line[:position].strip(), line[position + 2 :]


def parse(text: str) -> dict[str, YamlValue] | list[YamlValue]:
    """Parse a mapping of scalars/lists, or a top-level list of scalars/lists."""
    lines = [_strip_comment(line).rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line.strip() and line.strip() != "---"]
    if not lines:
        raise YamlishError("empty document")
    if lines[0].lstrip().startswith("- ") or lines[0].strip() == "-":
        return _parse_top_sequence(lines)
    mapping: dict[str, YamlValue] = {}
    current_key: str | None = None
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("- ") or stripped == "-":
            if current_key is None:
                raise YamlishError("list item outside a key")
            existing = mapping[current_key]
            if not isinstance(existing, list):
                raise YamlishError(f"key {current_key!r} mixes a value and a list")
            existing.append(_scalar(stripped[1:]))
            continue
        if line[:1] in " \t":
            raise YamlishError(f"unexpected indentation: {line!r}")
        key, rest = _split_key(stripped)
        if not key:
            raise YamlishError("empty key")
        if key in mapping:
            raise YamlishError(f"duplicate key {key!r}")
        mapping[key] = _value(rest) if rest.strip() else []
        current_key = key if not rest.strip() else None
    # "key:" with nothing below is an empty string in YAML, not an empty list.
    return {key: ("" if value == [] else value) for key, value in mapping.items()}


def _parse_top_sequence(lines: list[str]) -> list[YamlValue]:
    items: list[YamlValue] = []
    base_indent = len(lines[0]) - len(lines[0].lstrip())
    for line in lines:
        indent = len(line) - len(line.lstrip())
        stripped = line.strip()
        if not (stripped.startswith("- ") or stripped == "-"):
            raise YamlishError(f"expected a list item, got {line!r}")
        body = stripped[1:].strip()
        if indent > base_indent:
            if not items or not isinstance(items[-1], list):
                raise YamlishError("nested item without a parent list")
            items[-1].append(_scalar(body))
        elif body.startswith("- "):
            items.append([_scalar(body[1:])])
        elif body == "":
            items.append([])
        else:
            items.append(_value(body))
    return items
