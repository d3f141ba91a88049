"""Escaping for text that ends up inside folium's HTML and JavaScript.

folium places popup HTML inside a JavaScript template literal, so HTML escaping alone is not
enough: ``${...}``, backticks and backslashes must not survive either. Every character that
could end an HTML context or start a template substitution becomes a numeric entity, which the
browser shows as the character and JavaScript never interprets.
"""

from __future__ import annotations

import html

_TEMPLATE_CHARS = str.maketrans({"$": "&#36;", "`": "&#96;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"})


def html_text(value: object) -> str:
    """Escape ``value`` for an HTML text or attribute position inside a folium template.

    >>> html_text('<script>alert(`${1}`)</script>')
    '&lt;script&gt;alert(&#96;&#36;&#123;1&#125;&#96;)&lt;/script&gt;'
    """
    return html.escape(str(value), quote=True).translate(_TEMPLATE_CHARS)
