"""The ``geomap`` command line: thin commands over the library.

Results go to stdout; progress, warnings and errors go to stderr. Exit codes: 0 success,
1 some inputs skipped, 2 nothing usable (bad usage or input), 3 an internal or environment
error (for example an unreadable gazetteer) — one line on stderr; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from pathlib import Path

import click

from .errors import GeomapError, InputError
from .jsonlines import json_line

EXIT_OK, EXIT_PARTIAL, EXIT_UNUSABLE, EXIT_INTERNAL = 0, 1, 2, 3


def _err(message: str) -> None:
    click.echo(f"geomap: {message}", err=True)


def places_option(command):
    """--places (a corrections file), --about (countries the articles are about) and
    --min-confidence (how sure a pick must be): what every command that geoparses is told about
    its places."""
    command = click.option(
        "--min-confidence", metavar="P", type=click.FloatRange(0.0, 1.0), default=None, expose_value=False,
        callback=_remember("geomap.min_confidence"),
        help="Leave a name without a point when its best reading is less sure than this (0-1; default "
        "0.2). Raise it for a map to publish: fewer points, and fewer wrong ones.",
    )(command)
    command = click.option(
        "--about", metavar="CC", multiple=True, expose_value=False, callback=_remember("geomap.about"),
        help="The articles are about this country, an ISO 3166 code (repeatable): its places win where a "
        "text leaves a name open, and an event in a text naming no place is put at it.",
    )(command)
    return click.option(
        "--places", "places_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Corrections file (CSV, or YAML ending .yaml/.yml) that wins over the gazetteer: pin a name to a "
        "place, add a place, or ignore a name (see README).",
    )(command)


def _remember(key: str):
    """A callback that keeps an option's value in the context, for :func:`_geoparser`."""
    def remember(ctx: click.Context, _param, value):
        ctx.meta[key] = value
        return value
    return remember


def _about() -> tuple[str, ...]:
    return click.get_current_context().meta.get("geomap.about", ())


def _min_confidence() -> float | None:
    return click.get_current_context().meta.get("geomap.min_confidence")


def _geoparser(places_file: Path | None):
    """The command's geoparser: its corrections file, the countries given with --about and the
    confidence given with --min-confidence."""
    from .pipeline import Geoparser

    return Geoparser(corrections_path=places_file, about=_about(), min_confidence=_min_confidence())


def _filter_options(command):
    """--from/--to/--event-type/--country, shared by every command that reads articles."""
    from .taxonomy import TYPE_NAMES

    for option in reversed([
        click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Only articles and events on or after this date."),
        click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Only articles and events on or before this date."),
        click.option("--event-type", "event_types", multiple=True, type=click.Choice(TYPE_NAMES, case_sensitive=False),
                     help="Only events of this type (repeatable); places without one are left out."),
        click.option("--country", "countries", multiple=True, metavar="CC",
                     help="Only places and events in this country, an ISO 3166 code (repeatable)."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary on stderr."),
        click.option("--encoding", metavar="NAME", callback=_check_encoding,
                     help="Read text files in this encoding (e.g. cp1251) instead of UTF-8 or a detected one."),
    ]):
        command = option(command)
    return command


def _check_encoding(_ctx, _param, value):
    import codecs

    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {value!r} (try utf-8, cp1251, latin-1, utf-16)") from None
    return value


def _filters(date_from, date_to, event_types, countries):
    import re

    from .features import Filters

    for label, value in (("--from", date_from), ("--to", date_to)):
        if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise InputError(f"{label} takes a date as YYYY-MM-DD, not {value!r}")
    return Filters(date_from, date_to, frozenset(event_types), frozenset(countries))


def _save_traceback() -> str:
    """Write the current traceback to a file (the user cache, else the temp folder); its path."""
    import tempfile

    text = traceback.format_exc()
    for folder in (os.environ.get("GEOMAP_DATA_DIR"), os.path.join(os.path.expanduser("~"), ".cache", "geomap"),
                   tempfile.gettempdir()):
        if not folder:
            continue
        try:
            os.makedirs(folder, exist_ok=True)
            target = os.path.join(folder, "last-error.log")
            with open(target, "w", encoding="utf-8") as fh:
                fh.write(text)
            return target
        except OSError:
            continue
    return "nowhere: no writable folder; rerun with --debug"


def _terminate(_signum, _frame):
    # SIGTERM ends a run like Ctrl-C does, so half-written temp files are removed on the way out.
    raise KeyboardInterrupt


class _Main(click.Group):
    """Turns library errors into one clear line and an exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except InputError as exc:
            self._fail(ctx, exc, EXIT_UNUSABLE)
        except GeomapError as exc:
            self._fail(ctx, exc, EXIT_INTERNAL)
        except KeyboardInterrupt:
            _err("interrupted")
            ctx.exit(130)
        except BrokenPipeError:
            # The reader stopped early (`geomap places … | head`): not an error; stay quiet.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(EXIT_OK)
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            if ctx.obj and ctx.obj.get("debug"):
                raise
            where = _save_traceback()
            _err(f"internal error: {type(exc).__name__}: {exc} (details in {where}; --debug prints them)")
            ctx.exit(EXIT_INTERNAL)

    @staticmethod
    def _fail(ctx: click.Context, exc: Exception, code: int) -> None:
        if ctx.obj and ctx.obj.get("debug"):
            traceback.print_exc()
        _err(f"error: {exc}")
        ctx.exit(code)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.version_option(package_name="geomap")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn news text about protests and unrest into maps, offline."""
    import signal

    ctx.obj = {"debug": debug}
    try:
        signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread (embedded use): leave signals alone
        pass


# ---------------------------------------------------------------------- gazetteer


@main.group()
def gazetteer() -> None:
    """Build, inspect and query the bundled offline gazetteer."""


def _progress(start: float):
    def report(message: str) -> None:
        click.echo(f"geomap: [{time.perf_counter() - start:5.1f}s] {message}", err=True)

    return report


@gazetteer.command("build")
@click.option(
    "--geonames",
    "geonames_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Build from GeoNames dump files in this folder (allCountries.zip or citiesN.zip, "
    "admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt, alternateNamesV2.zip).",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
    help="Database file to write (default: the path `geomap gazetteer info` shows).",
)
def gazetteer_build(geonames_dir: Path | None, output: Path | None) -> None:
    """(Re)build the gazetteer database and print its path."""
    from .gazetteer.store import build_database, default_path

    start = time.perf_counter()
    if geonames_dir is not None:
        from .gazetteer.dump import build_from_geonames

        target = output or default_path().with_name("gazetteer-geonames.sqlite")
        meta = build_from_geonames(geonames_dir, target, _progress(start))
        _err(f"use it with: export GEOMAP_GAZETTEER={target}")
    else:
        target = output or default_path()
        meta = build_database(output, _progress(start))
    counts = meta["counts"]
    _err(
        f"built in {time.perf_counter() - start:.1f}s: "
        + ", ".join(f"{k} {v:,}" for k, v in counts.items())
    )
    click.echo(str(target))


@gazetteer.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def gazetteer_info(as_json: bool) -> None:
    """Print the database path, counts, sources and their versions."""
    from .gazetteer.store import Gazetteer

    gaz = Gazetteer.open()
    info = {
        "path": str(gaz.path),
        "size_mb": round(gaz.path.stat().st_size / 1e6, 1),
        "counts": gaz.counts(),
        "sources": gaz.meta.get("sources"),
        "recipe": gaz.meta.get("recipe"),
        "schema_version": gaz.meta.get("schema_version"),
        "build_seconds": gaz.meta.get("build_seconds"),
    }
    if as_json:
        click.echo(json.dumps(info, indent=2, ensure_ascii=False))
        return
    click.echo(f"path: {info['path']} ({info['size_mb']} MB)")
    click.echo(f"recipe: {info['recipe']} (schema {info['schema_version']}, built in {info['build_seconds']}s)")
    click.echo("sources:")
    for name, version in (info["sources"] or {}).items():
        click.echo(f"  {name} {version}")
    click.echo("counts:")
    for kind, count in info["counts"].items():
        click.echo(f"  {kind}: {count:,}")


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--country", "countries", multiple=True, metavar="CC", help="ISO country code (repeatable).")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(min=1), help="At most N candidates.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
def gazetteer_lookup(name: str, countries: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Ranked places a NAME may mean (any language or spelling GeoNames knows)."""
    from .gazetteer.names import normalize_name
    from .gazetteer.store import Gazetteer

    if not normalize_name(name):
        raise InputError("NAME is empty; give a place name, for example `geomap gazetteer lookup Minsk`")
    for code in countries:
        if len(code) != 2 or not code.isalpha():
            raise InputError(f"--country {code!r}: expected a two-letter ISO code such as BY or US")
    found = Gazetteer.open().candidates(name, country_codes=countries, limit=limit)
    if as_json:
        click.echo(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=1))
    else:
        rows = [
            (
                str(c.place.geonameid or ""), c.place.name, c.place.feature_code,
                c.place.country_code or "", c.place.admin1 or "", f"{c.place.population:,}",
                _fmt(c.place.lat), _fmt(c.place.lon),
            )
            for c in found
        ]
        _table(("geonameid", "name", "code", "cc", "admin1", "population", "lat", "lon"), rows)
    if not found:
        _err(f"no place named {name!r}" + (f" in {', '.join(countries)}" if countries else ""))


# ---------------------------------------------------------------------- map


@main.command("map")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="HTML file to write (default: output/<name>.html).")
@click.option("--title", help="Page title (default: the input's name).")
@click.option("--tiles", metavar="NAME", help="Add an online tile layer (osm, CartoDB.Positron or any xyzservices "
              "name). Off by default: tiles reveal the reader's visit to the tile server.")
@click.option("--png", type=click.Path(path_type=Path), help="Also write a static PNG image of the map.")
@click.option("--open", "open_browser", is_flag=True, help="Open the map in the default browser when written.")
@places_option
@_filter_options
def map_command(inputs: tuple[str, ...], output: Path | None, title: str | None, tiles: str | None,
                png: Path | None, open_browser: bool, places_file: Path | None, date_from, date_to,
                event_types, countries, quiet: bool, encoding: str | None) -> None:
    """Draw the places and events in articles (.txt .md .html .jsonl, folders) on one HTML map.

    The page is a single file that works offline and makes no network requests (unless
    --tiles); article text is shown as text, never run.
    """
    from .corpus import RunStats, parse_inputs
    from .render.page import render_map

    filters = _filters(date_from, date_to, event_types, countries)
    parser = _geoparser(places_file)
    stats = RunStats()
    results = list(parse_inputs(inputs, parser, stats, _err, progress=not quiet, encoding=encoding))
    if not results:
        raise InputError("no readable articles in " + ", ".join(inputs) + " (expected .txt, .md, .html or .jsonl)")
    name = Path(inputs[0]).resolve().stem if len(inputs) == 1 and inputs[0] != "-" else "map"
    target = output or Path("output") / f"{_safe_file_name(name)}.html"
    if output is None:
        target.parent.mkdir(parents=True, exist_ok=True)
    drawn = render_map(results, target, parser.gazetteer, title=title or name, tiles=tiles, png=png, filters=filters)
    if not quiet:
        _err(stats.summary(duplicates=drawn["duplicates"]) +
             f"; drew {drawn['places']} place(s) and {drawn['outlines']} outline(s), {drawn['events']} event(s)")
    click.echo(str(target))
    if png is not None:
        click.echo(str(png))
    if open_browser:
        import webbrowser

        webbrowser.open(target.resolve().as_uri())
    if stats.skipped:
        sys.exit(EXIT_PARTIAL)


@main.command("geojson")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="File to write, or - for stdout.")
@click.option("--level", type=click.Choice(["place", "event"]), default="place", show_default=True,
              help="One feature per place, or per event that happened.")
@click.option("--geometry", type=click.Choice(["point", "shape"]), default="point", show_default=True,
              help="Countries as points, or as their outlines where the gazetteer has one.")
@places_option
@_filter_options
def geojson_command(inputs: tuple[str, ...], output: str, level: str, geometry: str, places_file: Path | None,
                    date_from, date_to, event_types, countries, quiet: bool, encoding: str | None) -> None:
    """Write the places (or events) of articles as one RFC 7946 GeoJSON FeatureCollection."""
    from .export import geojson_text, write

    collection, stats, builder, _ = _collect(inputs, places_file, date_from, date_to, event_types, countries, quiet, level, geometry, encoding)
    if output == "-":
        click.echo(geojson_text(collection), nl=False)
    else:
        write(collection, Path(output), "geojson", level)
        click.echo(output)
    _finish(stats, builder, quiet)


@main.command("export")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["geojson", "csv", "gpkg", "parquet", "acled"]), required=True,
              help="geojson (RFC 7946), csv (lat/lon columns), gpkg (GeoPackage), parquet (GeoParquet), "
              "acled (one row per event with ACLED's columns).")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="File to write (its folder is created).")
@click.option("--level", type=click.Choice(["place", "event"]), default=None,
              help="One row per place, or per event that happened (default: place; event for acled).")
@click.option("--geometry", type=click.Choice(["point", "shape"]), default="point", show_default=True,
              help="Countries as points or outlines (geojson, gpkg, parquet).")
@places_option
@_filter_options
def export_command(inputs: tuple[str, ...], fmt: str, output: Path, level: str | None, geometry: str,
                   places_file: Path | None, date_from, date_to, event_types, countries, quiet: bool, encoding: str | None) -> None:
    """Export the places or events of articles for QGIS, pandas, kepler.gl or ACLED analysis."""
    from .export import write

    level = level or ("event" if fmt == "acled" else "place")
    if fmt == "acled" and level != "event":
        raise InputError("--format acled writes events: use --level event")
    if fmt in ("csv", "acled"):
        geometry = "point"  # rows carry latitude and longitude
    collection, stats, builder, country_name = _collect(inputs, places_file, date_from, date_to, event_types, countries,
                                                       quiet, level, geometry, encoding)
    write(collection, output, fmt, level, country_name=country_name)
    click.echo(str(output))
    _finish(stats, builder, quiet)


def _collect(inputs, places_file, date_from, date_to, event_types, countries, quiet, level, geometry, encoding):
    from .corpus import RunStats, parse_inputs
    from .features import FeatureBuilder

    filters = _filters(date_from, date_to, event_types, countries)
    parser = _geoparser(places_file)
    builder = FeatureBuilder(filters, shape_of=parser.gazetteer.shape)
    stats = RunStats()
    for result in parse_inputs(inputs, parser, stats, _err, progress=not quiet, encoding=encoding):
        builder.add(result)
    if not stats.read:
        raise InputError("no readable articles in " + ", ".join(inputs) + " (expected .txt, .md, .html or .jsonl)")
    return builder.collection(level, geometry), stats, builder, _country_names(parser.gazetteer)


def _country_names(gazetteer):
    names = dict(gazetteer.execute("SELECT country_code, name FROM places WHERE kind = 'country'"))
    return lambda code: names.get(code) if code else None


def _finish(stats, builder, quiet: bool) -> None:
    if not quiet:
        note = " (the articles name no mappable place)" if not builder.place_count else ""
        _err(stats.summary(duplicates=builder.duplicates, places=builder.place_count, events=len(builder.events)) + note)
    if stats.skipped:
        sys.exit(EXIT_PARTIAL)


def _safe_file_name(name: str) -> str:
    """A file name from an input's name that cannot leave the output folder.

    >>> _safe_file_name("../../etc/passwd"), _safe_file_name("<b>Minsk</b> 2020")
    ('etc-passwd', 'b-Minsk-b-2020')
    """
    import re

    cleaned = re.sub(r"[^\w.-]+", "-", name).strip(".-")
    return cleaned[:100] or "map"


@main.command("embed")
@click.argument("map_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", required=True, help="Where the map page will be published (http or https).")
@click.option("--height", type=int, help="Fixed frame height in pixels (the width always follows the article).")
@click.option("--aspect", help="Width:height of a responsive frame, e.g. 16:9 (default 16:10).")
def embed_command(map_file: Path, url: str, height: int | None, aspect: str | None) -> None:
    """Print an iframe snippet that embeds a published map page in an article."""
    from .render.embed import embed_snippet, map_title

    if height is not None and aspect is not None:
        raise InputError("give --height or --aspect, not both")
    click.echo(embed_snippet(url, map_title(map_file), height=height, aspect=aspect))


# ---------------------------------------------------------------------- places


@main.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for the partitioned (Geo)Parquet output and its manifest.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: one process; dask: a dask.distributed cluster.")
@click.option("--scheduler", metavar="ADDRESS", help="A running Dask scheduler (tcp://host:8786); default: a LocalCluster.")
@click.option("--partitions", type=click.IntRange(min=1), help="How many partitions (default: 1 local, 4 per Dask worker).")
@click.option("--workers", type=click.IntRange(min=1), help="LocalCluster worker processes (default: one per core).")
@click.option("--encoding", metavar="NAME", callback=_check_encoding, help="Read text files in this encoding.")
@places_option
def batch_command(inputs: tuple[str, ...], output: Path, engine: str, scheduler: str | None, partitions: int | None,
                  workers: int | None, encoding: str | None, places_file: Path | None) -> None:
    """Geoparse a corpus in parallel into partitioned Parquet (mentions, events, articles).

    `geomap map DIR` and `geomap export DIR` read the folder back without parsing again.
    """
    from .batch import run_batch

    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    manifest = run_batch(inputs, output, engine=engine, scheduler=scheduler, partition_count=partitions,
                         corrections=str(places_file) if places_file else None, workers=workers, encoding=encoding,
                         about=_about(), min_confidence=_min_confidence())
    for reason in manifest["skipped"] + manifest["notes"]:
        _err(reason)
    _err(f"{manifest['documents']} article(s) in {manifest['partitions']} partition(s): "
         f"{manifest['mentions']} mention(s), {manifest['events']} event(s), {len(manifest['skipped'])} skipped")
    click.echo(str(output))
    if manifest["skipped"]:
        sys.exit(EXIT_PARTIAL if manifest["documents"] else EXIT_UNUSABLE)


@main.command("places")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--given-spans", is_flag=True, help="Resolve the input's `toponyms` spans instead of finding names.")
@places_option
@_filter_options
def places_command(inputs: tuple[str, ...], fmt: str, given_spans: bool, places_file: Path | None,
                   date_from, date_to, event_types, countries, quiet: bool, encoding: str | None) -> None:
    """Find and resolve the places articles name (.txt .md .html .jsonl, folders, or - for stdin).

    One output record per input record, in input order (--from/--to leave out articles dated
    outside the range; --country keeps the mentions placed in those countries). Unreadable
    records are reported on stderr as `path[:line]: reason` and skipped (exit 1).
    """
    import csv

    from .corpus import RunStats, parse_inputs
    from .export import safe_cell
    from .pipeline import mention_dict

    filters = _filters(date_from, date_to, event_types, countries)
    parser = _geoparser(places_file)
    stats = RunStats()
    writer = csv.writer(sys.stdout) if fmt == "csv" else None
    columns = ["id", "start", "end", "text", "kind", "geonameid", "name", "country_code", "admin1",
               "feature_code", "lat", "lon", "confidence", "reasons"]
    shown = ["start", "end", "text", "kind", "geonameid", "name", "country_code", "lat", "lon", "confidence", "reasons"]
    if writer:
        writer.writerow(columns)
    elif fmt == "table":
        click.echo("\t".join(["id", *shown]))
    for result in parse_inputs(inputs, parser, stats, _err, given_spans=given_spans, progress=not quiet, encoding=encoding):
        result = filters.narrow(result)
        if result is None:
            continue
        if fmt == "jsonl":
            click.echo(json_line(result.to_dict()))
            continue
        for res in result.resolutions:
            row = mention_dict(result.doc.text, res)
            row["reasons"] = "; ".join(row["reasons"])  # why this place, or why none
            if writer:
                writer.writerow([safe_cell(result.doc.id)] + [safe_cell(row[c]) for c in columns[1:]])
            else:
                click.echo("\t".join(_cell(v) for v in [result.doc.id, *(row[c] for c in shown)]))
    _end_of_records(inputs, stats)


def _end_of_records(inputs, stats) -> None:
    if not stats.read and not stats.skipped:
        raise InputError("no articles found in " + ", ".join(inputs))
    if stats.skipped:
        _err(f"{stats.read} record(s) processed, {stats.skipped} skipped")
        sys.exit(EXIT_PARTIAL if stats.read else EXIT_UNUSABLE)


def _cell(value) -> str:
    return "" if value is None else str(value)


# ---------------------------------------------------------------------- events


@main.command("events")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@places_option
@_filter_options
def events_command(inputs: tuple[str, ...], fmt: str, places_file: Path | None,
                   date_from, date_to, event_types, countries, quiet: bool, encoding: str | None) -> None:
    """Events in articles: type, status, date and the place each happened.

    One jsonl record per input record, in input order, events in text order. Only `happened`
    events are events on a map; `called`, `planned`, `negated` and `hypothetical` ones are listed
    so a reader can see them.
    """
    import csv

    from .corpus import RunStats, parse_inputs
    from .export import safe_cell

    filters = _filters(date_from, date_to, event_types, countries)
    parser = _geoparser(places_file)
    stats = RunStats()
    columns = ["id", "type", "status", "severity", "date", "date_precision", "sentence_start", "sentence_end",
               "trigger", "place", "geonameid", "country_code", "admin1", "lat", "lon", "geo_precision", "rule"]
    writer = csv.writer(sys.stdout) if fmt == "csv" else None
    if writer:
        writer.writerow(columns)
    elif fmt == "table":
        click.echo("\t".join(["id", "type", "status", "date", "trigger", "place", "geo_precision", "rule"]))
    for result in parse_inputs(inputs, parser, stats, _err, progress=not quiet, encoding=encoding):
        result = filters.narrow(result)
        if result is None:
            continue
        if fmt == "jsonl":
            click.echo(json_line(result.events_dict()))
            continue
        text = result.doc.text
        for event in result.events:
            place = event.place.place if event.place else None
            lat, lon = (event.place and event.place.point) or (None, None)
            trigger = text[event.trigger[0]:event.trigger[1]]
            if writer:
                writer.writerow([safe_cell(v) for v in (
                    result.doc.id, event.type, event.status, event.severity, event.date, event.date_precision,
                    event.sentence[0], event.sentence[1], trigger, place and place.name, place and place.geonameid,
                    place and place.country_code, place and place.admin1, lat, lon,
                    event.place and event.place.geo_precision, event.place and event.place.rule)])
            else:
                click.echo("\t".join([result.doc.id, event.type, event.status, _cell(event.date), trigger,
                                      _cell(place and place.name), _cell(event.place and event.place.geo_precision),
                                      _cell(event.place and event.place.rule)]))
    _end_of_records(inputs, stats)


# ---------------------------------------------------------------------- eval


@main.group("eval")
def eval_group() -> None:
    """Measure geomap against annotated corpora."""


@eval_group.command("toponyms")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--given-spans", is_flag=True, help="Resolve the gold spans (resolution only).")
@click.option("--literal-only", is_flag=True, help="GeoWebNews: score literal toponyms only.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@places_option
def eval_toponyms(corpus: Path, given_spans: bool, literal_only: bool, as_json: bool, places_file: Path | None) -> None:
    """Recognition P/R/F1 and resolution accuracy on a JSONL corpus with gold `toponyms`."""
    from .evaluate import evaluate
    from .text import Skipped, parse_jsonl_line

    def records():
        with corpus.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                doc = parse_jsonl_line(line, f"{corpus}:{lineno}", f"{corpus.stem}:{lineno}")
                if isinstance(doc, Skipped):
                    _err(str(doc))
                    continue
                yield doc, json.loads(line).get("toponyms") or []

    summary = evaluate(records(), _geoparser(places_file), given_spans=given_spans, literal_only=literal_only)
    summary = {"corpus": corpus.name, "given_spans": given_spans, "literal_only": literal_only, **summary}
    if as_json:
        click.echo(json.dumps(summary))
        return
    for key, value in summary.items():
        click.echo(f"{key}: {value}")


@eval_group.command("events")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@places_option
def eval_events(corpus: Path, as_json: bool, places_file: Path | None) -> None:
    """Event-type F1 and event-location accuracy on a labelled JSONL file (../shared/events)."""
    from .evaluate_events import score_events
    from .types import Document

    parser = _geoparser(places_file)

    def pairs():
        with corpus.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    gold = json.loads(line)
                    text = gold["text"]
                except (ValueError, KeyError, TypeError):
                    _err(f"{corpus}:{lineno}: not a labelled event record; skipped")
                    continue
                # The record's date is the gold event date, not an article date: not given.
                doc = Document(id=str(gold.get("id", lineno)), text=text)
                yield gold, [e.to_dict() for e in parser.parse(doc).events]

    summary = {"file": corpus.name, **score_events(pairs())}
    if as_json:
        click.echo(json.dumps(summary))
        return
    click.echo(f"file: {summary['file']}  records: {summary['records']}")
    click.echo(f"macro F1: {summary['macro_f1']}")
    click.echo(f"event location within 25 km: {summary['within_25km']}  within 161 km: {summary['within_161km']}"
               f"  (of {summary['located_records']} located records)")
    click.echo("type                 precision  recall  f1      required")
    for name, row in summary["per_type"].items():
        click.echo(f"{name:20} {row['precision']:<10} {row['recall']:<7} {row['f1']:<7} {row['required']}")


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    for row in (header, *rows):
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
