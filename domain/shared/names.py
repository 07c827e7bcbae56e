"""Where a name goes in an alphabetical list, and what a search for it matches."""

import unicodedata


def name_sort_key(name: str) -> str:
    """A name as alphabetical lists order it and searches find it, the same on every database:
    case and accents do not count ("École" between "Diagnostic" and "Formation", "helene" finds
    "Hélène"), ligatures are spelt out ("Lœtitia" as "loetitia")."""
    spelt = name.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    decomposed = unicodedata.normalize("NFKD", spelt.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))[:255]
