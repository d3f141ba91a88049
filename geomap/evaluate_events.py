"""Score event typing and event location against labelled texts (``../shared/events``), exactly
as the independent check does (``../shared/events/README.md``, "How the independent check
scores"): only ``happened`` events count; each gold record has one required type and a set of
acceptable types; per-type precision, recall and F1 and their macro average over the types that
occur as required; and for records with coordinates and a required type, the distance from the
gold point to the place of the first predicted event of the required type that has a place
(else of the first event with a place), as the share within 25 km and within 161 km.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .gazetteer.store import haversine_km
from .taxonomy import TYPE_NAMES

_PROTEST_FAMILY = {"PROTEST", "STRIKE", "BLOCKADE", "RIOT"}

# ACLED sub-event type -> (required, acceptable)
ACLED_RULES: dict[str, tuple[str | None, set[str]]] = {
    "Peaceful protest": ("PROTEST", {"STRIKE", "BLOCKADE"}),
    "Protest with intervention": ("PROTEST", {"FORCE_ON_PROTEST", "ARREST", "STRIKE", "BLOCKADE"}),
    "Excessive force against protesters": ("FORCE_ON_PROTEST", {"PROTEST", "ARREST", "ATTACK_CIVILIANS", "STRIKE", "BLOCKADE"}),
    "Violent demonstration": ("RIOT", {"PROTEST", "BLOCKADE", "FORCE_ON_PROTEST", "ARREST", "LOOTING_DESTRUCTION", "STRIKE"}),
    "Mob violence": ("MOB_VIOLENCE", {"RIOT", "ATTACK_CIVILIANS", "LOOTING_DESTRUCTION", "ARREST"}),
    "Arrests": ("ARREST", {"PROTEST"}),
    "Looting/property destruction": ("LOOTING_DESTRUCTION", {"RIOT", "MOB_VIOLENCE", "ATTACK_CIVILIANS"}),
}
_CIVILIANS = {"Attack", "Abduction/forced disappearance", "Sexual violence"}
_BATTLES = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
            "Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED",
            "Grenade", "Suicide bomb", "Chemical weapon"}


def gold_types(record: dict) -> tuple[str | None, set[str]]:
    """``(required, acceptable)`` types for one gold record (README's table)."""
    sub = record.get("sub_event_type") or ""
    detail = record.get("sub_event_detail") or ""
    event_type = record.get("event_type") or ""
    if record.get("source") == "plover_gsr":
        mode = sub.lower()
        if event_type == "PROTEST":
            family = set(_PROTEST_FAMILY)
            if mode.startswith("riot"):
                return "RIOT", family - {"RIOT"}
            if mode.startswith("obstruct"):
                return "BLOCKADE", family - {"BLOCKADE"}
            if mode.startswith("strike-gen") or mode.startswith("strike"):
                if mode.startswith("strike-hun"):
                    return "PROTEST", family - {"PROTEST"}
                return "STRIKE", family - {"STRIKE"}
            return "PROTEST", family - {"PROTEST"}
        if event_type == "COERCE":
            if "arrest" in mode or "detain" in mode:
                return "ARREST", {"RESTRICTION"}
            return None, {"RESTRICTION", "ARREST", "LOOTING_DESTRUCTION", "FORCE_ON_PROTEST"}
        if event_type == "ASSAULT":
            return "ATTACK_CIVILIANS", {"ARMED_CONFLICT", "MOB_VIOLENCE", "FORCE_ON_PROTEST"}
        if event_type == "FIGHT":
            return "ARMED_CONFLICT", {"ATTACK_CIVILIANS", "MOB_VIOLENCE", "FORCE_ON_PROTEST"}
        return None, set()
    if detail == "Security measures":
        return "RESTRICTION", {"ARREST", "PROTEST"}
    if detail == "Strikes":
        return "STRIKE", {"PROTEST", "BLOCKADE"}
    if sub in ACLED_RULES:
        required, acceptable = ACLED_RULES[sub]
        return required, set(acceptable)
    if sub in _CIVILIANS:
        return "ATTACK_CIVILIANS", {"ARMED_CONFLICT", "MOB_VIOLENCE", "ARREST"}
    if sub in _BATTLES or event_type in ("Battles", "Explosions/Remote violence"):
        return "ARMED_CONFLICT", {"ATTACK_CIVILIANS", "LOOTING_DESTRUCTION", "ARREST"}
    return None, set()


def score_events(pairs: Iterable[tuple[dict, list[dict]]]) -> dict:
    """Score ``(gold record, predicted event dicts)`` pairs; events as in `geomap events` jsonl."""
    tp, fp, fn = Counter(), Counter(), Counter()
    required_seen = Counter()
    within25 = within161 = located = 0
    records = 0
    for gold, events in pairs:
        records += 1
        happened = [e for e in events if e.get("status", "happened") == "happened"]
        required, acceptable = gold_types(gold)
        predicted = {e["type"] for e in happened}
        for t in predicted:
            if t == required or t in acceptable:
                tp[t] += 1
            else:
                fp[t] += 1
        if required:
            required_seen[required] += 1
            if required not in predicted:
                fn[required] += 1
        if required and gold.get("lat") is not None:
            located += 1
            with_place = [e for e in happened if e.get("place")]
            pick = next((e for e in with_place if e["type"] == required), with_place[0] if with_place else None)
            if pick is not None:
                km = haversine_km(gold["lat"], gold["lon"], pick["place"]["lat"], pick["place"]["lon"])
                within25 += km <= 25
                within161 += km <= 161
    per_type = {}
    for t in TYPE_NAMES:
        if not (tp[t] or fp[t] or fn[t] or required_seen[t]):
            continue
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_type[t] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                       "required": required_seen[t], "tp": tp[t], "fp": fp[t], "fn": fn[t]}
    scored = [per_type[t]["f1"] for t in per_type if required_seen[t]]
    return {
        "records": records,
        "macro_f1": round(sum(scored) / len(scored), 4) if scored else None,
        "per_type": per_type,
        "located_records": located,
        "within_25km": round(within25 / located, 4) if located else None,
        "within_161km": round(within161 / located, 4) if located else None,
    }
