"""Regions a text's telephone numbers place it in.

A local paper prints numbers to call: "asked to call London police at 519-661-5670" names no
province, yet area code 519 is south-western Ontario's, so that London is London, Ontario, not
England's. North American numbers (the NANP: the United States, Canada and the Caribbean) carry
their area in their first three digits, and ``phonenumbers`` (Google's libphonenumber data, on
PyPI, offline) says which state, province or country each area serves. The resolver counts each
distinct region as weak evidence of the article's region, like a country cue; a number is never
a place and never a mention. Toll-free and made-up numbers ("800-…", "555-…") name no region.
"""

from __future__ import annotations

import re

# "519-661-5670", "(519) 661-5670", "519.661.5670", "+1 519-661-5670": three digits, three, four
_DIGITS_DASH_DIGITS = re.compile(r"\d[-.]\d{4}")
_NANP_NUMBER = re.compile(r"(?<![\d-])(?:\+1[ -]?)?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![\d-])")


def phone_regions(text: str) -> set[tuple[str, str]]:
    """``(country code, region)`` for each distinct region the text's North American phone
    numbers belong to: the region as ``phonenumbers`` writes it, a state's or province's postal
    abbreviation ("ON", "MN") or its name ("Ontario", "Alaska"), or a Caribbean country's name.

    >>> sorted(phone_regions("Call London police at 519-661-5670 or Crime Stoppers at 1-800-222-8477."))
    [('CA', 'ON')]
    >>> phone_regions("Call 555-555-1212 in 2016-2017.")
    set()
    """
    if _DIGITS_DASH_DIGITS.search(text) is None:
        return set()  # most texts: one quick scan, not the full pattern at every position
    found = _NANP_NUMBER.findall(text)
    if not found:
        return set()
    # imported only for a text with such a number: loading the area table takes ~0.3 s
    import phonenumbers
    from phonenumbers import geocoder

    regions = set()
    for written in found:
        try:
            number = phonenumbers.parse(written, "US")
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        where = geocoder.description_for_number(number, "en")
        country = phonenumbers.region_code_for_number(number)
        if where and country:
            regions.add((country, where.rsplit(", ", 1)[-1]))
    return regions
