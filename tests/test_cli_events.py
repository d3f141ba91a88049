"""`geomap events` and `geomap eval events`."""

import json

from geomap.cli import main


def test_events_jsonl_shape_and_order(runner, gazetteer, tmp_path):
    corpus = tmp_path / "c.jsonl"
    records = [{"id": "a", "text": "Workers walked out in Zhodino on Thursday.", "date": "2020-08-14"},
               {"id": "b", "text": "Nothing happened."},
               {"id": "a", "text": "Workers walked out in Zhodino on Thursday.", "date": "2020-08-14"}]
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["events", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "a"]
    (event,) = out[0]["events"]
    assert set(event) == {"type", "status", "severity", "date", "date_precision", "sentence", "trigger", "place"}
    assert (event["type"], event["status"], event["date"], event["date_precision"]) == ("STRIKE", "happened", "2020-08-13", "weekday")
    assert event["place"]["geonameid"] == 618800 and event["place"]["rule"] == "governed"
    assert event["place"]["geo_precision"] == 1
    assert out[1]["events"] == []


def test_places_output_lists_each_mentions_events(runner, gazetteer, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Workers walked out in Zhodino.", encoding="utf-8")
    (mention,) = json.loads(runner.invoke(main, ["places", str(article), "--format", "jsonl"]).stdout)["mentions"]
    assert [e["type"] for e in mention["events"]] == ["STRIKE"]


def test_eval_events_scores_like_the_independent_check(runner, gazetteer, tmp_path):
    gold = tmp_path / "g.jsonl"
    rows = [
        {"id": "1", "source": "acled_usa", "text": "On 27 June 2020, hundreds protested in Kirkwood, Missouri.",
         "event_type": "Protests", "sub_event_type": "Peaceful protest", "lat": 38.584, "lon": -90.408},
        {"id": "2", "source": "acled_usa", "text": "On 3 June 2020, the council met to discuss the budget.",
         "event_type": "Strategic developments", "sub_event_type": "Other", "lat": 38.6, "lon": -90.4},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    summary = json.loads(runner.invoke(main, ["eval", "events", str(gold), "--json"]).stdout)
    assert summary["macro_f1"] == 1.0
    assert summary["per_type"]["PROTEST"]["tp"] == 1
    assert summary["within_25km"] == 1.0 and summary["located_records"] == 1
