"""The ``kgraph`` command: thin over the library; each command parses options,
makes one library call and turns kgraph's errors into one line and an exit code
(see ``kgraph.errors``)."""
from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import signal
import sys
import threading
import traceback

import click

from . import __version__
from .errors import InputError, KgraphError, OutputError, ServiceError, clean_line, printable
from .extraction import DEFAULT_MODEL, MODELS, extract, extract_records, warm_up, write_json, write_report
from .extraction.distributed import dask_executor
from .files import atomic_write, check_writable, remove_unfinished, writer_lock
from .graph.formats import RESULT_FORMATS, format_for, suffixes
from .graph.store import is_store_path
from .ingest import input_size
from .model import ENTITY_TYPES


def _on_terminate(number, frame) -> None:
    """SIGTERM (``kill``, a scheduler stopping a job): the temporary file being written is
    removed, and the process ends by the signal as before.  Not an exception like Ctrl-C:
    when the whole process group is stopped, --jobs workers die holding their queue's
    lock, and a pool waiting for them would wait for ever."""
    remove_unfinished()
    with contextlib.suppress(OSError):
        os.write(2, b"kgraph: stopped (SIGTERM)\n")
    signal.signal(number, signal.SIG_DFL)
    os.kill(os.getpid(), number)


def _default_in_child() -> None:
    # a forked worker (--jobs, a bounded query) ends at SIGTERM as it always did
    if signal.getsignal(signal.SIGTERM) is _on_terminate:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


os.register_at_fork(after_in_child=_default_in_child)


def _clean_errors(command):
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KgraphError as exc:
            if os.environ.get("KGRAPH_DEBUG"):  # the whole chain: what kgraph said and what caused it
                traceback.print_exception(exc, file=sys.stderr)
            click.echo(f"kgraph: error: {printable(str(exc))}", err=True)
            sys.exit(exc.exit_code)
        except BrokenPipeError:
            # the reader went away (kgraph extract … | head): not an error
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except KeyboardInterrupt:
            click.echo("kgraph: interrupted", err=True)
            sys.exit(130)
        except Exception as exc:  # a bug: one line, unless debugging
            if os.environ.get("KGRAPH_DEBUG"):
                raise
            click.echo(f"kgraph: internal error: {type(exc).__name__}: {printable(str(exc))} (KGRAPH_DEBUG=1 shows more)",
                       err=True)
            sys.exit(4)

    return wrapper


@contextlib.contextmanager
def _standard_output():
    """Around what a command writes to standard output: a full disk or a failing device
    there is an output that could not be written (exit 3, as with -o), not an internal
    error; a reader that went away (``| head``) is still no error at all."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"standard output: cannot write: {exc.strerror or exc}") from exc


class _OneLineErrors(click.Group):
    """Usage errors as one line (``kgraph: error: …``, exit 2) like every other error,
    instead of click's usage block."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _on_terminate)
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:  # bare `kgraph`: the help, as asked
            click.echo(exc.ctx.get_help())
            sys.exit(0)
        except click.UsageError as exc:
            where = f" (kgraph {exc.ctx.info_name} --help)" if exc.ctx and exc.ctx.parent else " (kgraph --help)"
            click.echo(f"kgraph: error: {exc.format_message()}{where}", err=True)
            sys.exit(2)
        except click.ClickException as exc:
            click.echo(f"kgraph: error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("kgraph: interrupted", err=True)
            sys.exit(130)
        sys.exit(result if isinstance(result, int) else 0)


@click.group(cls=_OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgraph")
def main() -> None:
    """Turn Chinese local-government news into a knowledge graph.

    Exit codes: 0 success, 1 graph does not conform (validate), 2 bad input,
    3 output not written, 4 internal error, 5 a server or cluster failed,
    6 an optional extra is missing.
    """


def _jobs_option(command):
    return click.option("-j", "--jobs", type=click.IntRange(1, None), default=1, show_default=True,
                        help="Extract in this many processes (the result is the same).")(command)


def _dask_option(command):
    return click.option("--dask", "dask", default=None, metavar="ADDRESS",
                        help="Analyse the articles on this Dask scheduler (tcp://host:8786), or `local` for a "
                             "local cluster of --jobs processes (needs kgraph[dask]); the result is the same.")(command)


def _model_option(command):
    return click.option("--model", default=DEFAULT_MODEL, show_default=True, type=click.Choice(MODELS),
                        help="The trained model that proposes names (lac: Baidu LAC, shipped with kgraph); "
                             "none: the gazetteer and rules alone, faster.")(command)


def _lexicon_option(command):
    return click.option("--lexicon", "lexicon", default=None, type=click.Path(file_okay=False),
                        help="A directory of your own lexicons: names.tsv (name<TAB>type: always that type), "
                             "vetoes.tsv (name<TAB>type: never that type).")(command)


def _date_option(command):
    return click.option("--date", "date", default=None, metavar="YYYY-MM-DD",
                        help="The articles' date when their JSON Lines record gives none (else a date in the "
                             "file's path, else the page's dateline or masthead); events' days are read "
                             "against it.")(command)


def _quiet_option(command):
    return click.option("-q", "--quiet", is_flag=True,
                        help="No progress bar (it is shown only on a terminal anyway).")(command)


def _reading_options(command):
    """The options of every command that reads articles (extract, build), declared once."""
    command = _quiet_option(command)
    for option in (_date_option, _dask_option, _lexicon_option, _model_option, _jobs_option):
        command = option(command)
    return click.option("--region", default=None,
                        help="The paper's home region (荆州市) if the text does not make it clear.")(command)


@contextlib.contextmanager
def _progress(inputs: tuple[str, ...], quiet: bool):
    """A progress bar by input bytes on stderr, when stderr is a terminal."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    total = input_size(inputs)
    if not total:
        yield None
        return
    with click.progressbar(length=total, label="kgraph", file=sys.stderr, show_eta=True,
                           show_percent=True) as bar:
        yield bar.update


class _Printable:
    """A handle that writes text for people: what articles say, shown, never acting on
    the terminal (:func:`kgraph.errors.printable`)."""

    def __init__(self, handle) -> None:
        self._handle = handle

    def write(self, text: str) -> int:
        return self._handle.write(printable(text))


_WRITERS = {"report": lambda extraction, handle: write_report(extraction, _Printable(handle)),
            "json": write_json}


@main.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["report", "json", "jsonl"]), default="report",
              show_default=True,
              help="report: readable summary; json: the documented JSON object; jsonl: one article's "
                   "results per line, unresolved (a shard for a later `kgraph build`).")
@click.option("-o", "--output", type=click.Path(), default=None,
              help="Write here (atomically) instead of standard output.")
@_reading_options
@_clean_errors
def extract_command(inputs: tuple[str, ...], fmt: str, output: str | None, region: str | None, jobs: int,
                    model: str, lexicon: str | None, dask: str | None, date: str | None, quiet: bool) -> None:
    """Find divisions, agencies, people, programs and places in INPUTS (files,
    directories, .jsonl, or - for stdin) and the relations between them."""
    if output:
        check_writable(output)  # a directory or a missing folder: exit 3 before the work
    executor = dask_executor(dask, jobs if jobs > 1 else None)
    warm_up(freeze=True, model=model)
    with _progress(inputs, quiet) as progress:
        if fmt == "jsonl":
            records = extract_records(inputs, region=region, jobs=jobs, progress=progress, model=model,
                                      lexicon=lexicon, executor=executor, date=date)

            def writer(handle) -> None:
                for record in records:
                    handle.write(json.dumps(record.to_json(), ensure_ascii=False, separators=(",", ":")))
                    handle.write("\n")
        else:
            extraction = extract(inputs, region=region, jobs=jobs, progress=progress, model=model,
                                 lexicon=lexicon, executor=executor, date=date)

            def writer(handle) -> None:
                _WRITERS[fmt](extraction, handle)

        if output:
            atomic_write(output, writer)
        else:
            with _standard_output():
                writer(sys.stdout)


@main.command("build")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default=None, type=click.Path(),
              help=f"The graph file; its extension picks the format ({', '.join(suffixes(rdf=True))}); "
                   "a directory (DIR/) gets a persistent store.")
@click.option("--store", "store", default=None, type=click.Path(file_okay=False),
              help="Write a persistent Oxigraph store in this directory (the same as -o DIR/).")
@click.option("--update", is_flag=True,
              help="Add to the existing graph in OUTPUT instead of replacing it (nothing is duplicated).")
@click.option("--base", default=None, help="Base IRI of the graph's nodes [default: https://kgraph.example.org/id/].")
@_reading_options
@_clean_errors
def build_command(inputs: tuple[str, ...], output: str | None, store: str | None, update: bool,
                  base: str | None, region: str | None, jobs: int, model: str, lexicon: str | None,
                  dask: str | None, date: str | None, quiet: bool) -> None:
    """Build the knowledge graph of INPUTS (as for extract, shards from `extract
    --format jsonl` included) and write it to OUTPUT."""
    from .build import build_graph, load_graph  # rdflib and the store: imported by the commands that need them

    if base is not None and not _looks_like_base(base):
        raise InputError(f"--base {base}: give an absolute IRI ending in / or #, e.g. https://example.org/id/")
    if (output is None) == (store is None):
        raise InputError("give -o GRAPH-FILE or -o DIR/ or --store DIR (one of them)")
    output = output if store is None else store.rstrip("/" + os.sep) + "/"
    if not is_store_path(output):
        check_writable(output)  # a directory or a missing folder: exit 3 before the work
        format_for(output, rdf=True)  # an unknown extension fails before the work, not after
    executor = dask_executor(dask, jobs if jobs > 1 else None)
    warm_up(freeze=True, model=model)
    # an update reads the graph, adds to it and writes it back: one writer at a time, or
    # the second would write back a graph without the first one's articles
    with (writer_lock(output, on_wait=lambda path: click.echo(
            f"kgraph: waiting for another kgraph that is writing {path}", err=True))
          if update else contextlib.nullcontext()):
        graph = load_graph(output, base=base, writable=True) if update else None
        with _progress(inputs, quiet) as progress:
            graph = build_graph(inputs, base=base, region=region, graph=graph, jobs=jobs, progress=progress,
                                model=model, lexicon=lexicon, executor=executor, date=date)
        graph.write(output)
    if not quiet:
        click.echo(f"kgraph: wrote {output} ({len(graph)} triples)", err=True)


def _looks_like_base(base: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]", base))


_RESULT_FORMATS = ("table", *RESULT_FORMATS)


@main.command("query")
@click.argument("graph_file", metavar="GRAPH")
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False), default=None,
              help="Read the SPARQL query from this file (- for standard input).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Fix a projected variable, e.g. division=荆州市 (repeatable).")
@click.option("--format", "fmt", type=click.Choice(_RESULT_FORMATS), default="table", show_default=True,
              help="table for people; csv, tsv, json, xml: the W3C SPARQL 1.1 results formats "
                   "(CONSTRUCT/DESCRIBE: Turtle, or JSON-LD with json).")
@click.option("--timeout", type=float, default=None,
              help="Stop the query after this many seconds (one line, exit 2) [default: no limit].")
@click.option("--max-memory", "max_memory", type=float, default=None, metavar="MB",
              help="Stop the query when it holds more than this many megabytes [default: half the machine's "
                   "memory].")
@_clean_errors
def query_command(graph_file: str, query: str | None, query_file: str | None, params: tuple[str, ...],
                  fmt: str, timeout: float | None, max_memory: float | None) -> None:
    """Answer a SPARQL QUERY (text, or the name of a shipped query: see
    `kgraph queries`) over GRAPH.  Updates are refused; the query runs in a process of
    its own, stopped at --timeout or --max-memory."""
    from .build import load_graph
    from .graph import format_table, named_queries, run_named
    from .graph.policy import check_bounds, memory_ceiling, read_query, run_bounded

    if (query is None) == (query_file is None):
        raise InputError("give a query, a query name, or --file Q.rq (one of them)")
    check_bounds(timeout, max_memory)
    bindings = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InputError(f"--param {clean_line(item, 100)}: expected NAME=VALUE")
        bindings[name.strip().lstrip("?$")] = value
    if query_file is not None:
        query = read_query(query_file)
    query = query.removeprefix("\ufeff")

    def answer() -> None:  # in a process of its own, stopped at the bounds
        graph = load_graph(graph_file)
        if query in named_queries():
            result = run_named(graph, query, bindings)
        else:
            result = graph.query(query, bindings)
        out = sys.stdout.buffer
        with _standard_output():
            if fmt == "table":
                out.write(printable(format_table(result, graph.prefixes)).encode("utf-8"))
            else:
                out.write(result.serialize(fmt))
                if fmt == "json":
                    out.write(b"\n")
            out.flush()

    run_bounded(answer, timeout=timeout, ceiling=memory_ceiling(max_memory))


@main.command("queries")
@click.option("--show", "show", default=None, metavar="NAME",
              help="Print this query's SPARQL (it declares its prefixes: it runs on any SPARQL server).")
@_clean_errors
def queries_command(show: str | None) -> None:
    """List the shipped named queries, their parameters and an example."""
    from .graph import named_queries

    queries = named_queries()
    if show is not None and show not in queries:
        raise InputError(f"no query named {show}; the named queries are: {', '.join(queries)}")
    with _standard_output():
        if show is not None:
            click.echo(queries[show].sparql, nl=False)
            return
        for query in queries.values():
            click.echo(f"{query.name}: {query.title}")
            click.echo(f"    {query.description}")
            for name, what in query.params:
                click.echo(f"    --param {name}=…  {what}")
            if query.example:
                click.echo(f"    e.g. {query.example}")


@main.command("validate")
@click.argument("graph_file", metavar="GRAPH")
@_clean_errors
def validate_command(graph_file: str) -> None:
    """Check GRAPH against kgraph's SHACL shapes (ontology/shapes.ttl).
    Exit 0 if it conforms, 1 if not (each violation listed), 2 if it cannot be read."""
    from .build import load_graph
    from .graph.validate import validate_graph

    report = validate_graph(load_graph(graph_file))
    with _standard_output():
        if report.conforms:
            click.echo(f"{graph_file}: conforms")
            return
        for violation in report.violations:
            click.echo(printable(str(violation)))
    click.echo(f"{graph_file}: {len(report.violations)} violation(s)", err=True)
    sys.exit(1)


@main.command("viz")
@click.argument("graph_file", metavar="GRAPH")
@click.option("-o", "--output", required=True, type=click.Path(), help="The HTML file to write.")
@click.option("--focus", default=None, help="Open the page on this entity (name, alias or IRI) and its neighbourhood.")
@click.option("--depth", type=click.IntRange(0, 10), default=1, show_default=True,
              help="How many hops around --focus.")
@click.option("--type", "types", multiple=True,
              type=click.Choice(ENTITY_TYPES),
              help="Put only entities of this type in the page (repeatable).")
@click.option("--max-nodes", type=click.IntRange(1, None), default=120, show_default=True,
              help="Draw a graph this small whole; open a bigger one on about a third as many of its "
                   "most connected people and agencies (search and clicks draw the rest).")
@click.option("--title", default=None, help="The page's heading.")
@_clean_errors
def viz_command(graph_file: str, output: str, focus: str | None, depth: int, types: tuple[str, ...],
                max_nodes: int, title: str | None) -> None:
    """Draw GRAPH as an interactive HTML page that works offline.  It holds every
    entity and draws a part: search and clicks draw more; each entity shows its names,
    posts, neighbours and facts with their sentences."""
    from .build import load_graph
    from .view.html import ViewOptions, write_view

    check_writable(output)

    view = write_view(load_graph(graph_file), output,
                      ViewOptions(focus=focus, depth=depth, types=types or None, max_nodes=max_nodes, title=title))
    click.echo(f"kgraph: wrote {output} ({len(view.opening or view.network)} of {len(view.network)} entities "
               "drawn when it opens)", err=True)


@main.command("stats")
@click.argument("graph_file", metavar="GRAPH")
@click.option("--top", type=click.IntRange(1, None), default=10, show_default=True,
              help="How many of the most connected entities to list.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_clean_errors
def stats_command(graph_file: str, top: int, fmt: str) -> None:
    """Counts per type and relation, the most connected entities (degree, PageRank),
    connected components, divisions without agencies and people without posts."""
    from .build import load_graph
    from .view.network import graph_stats

    stats = graph_stats(load_graph(graph_file), top=top)
    with _standard_output():
        if fmt == "json":
            click.echo(json.dumps(stats.to_json(), ensure_ascii=False, indent=1))
        else:
            click.echo(printable(stats.to_text()), nl=False)


@main.command("export")
@click.argument("graph_file", metavar="GRAPH")
@click.option("-o", "--output", required=True, type=click.Path(),
              help=f"The file to write; its extension picks the format: another RDF syntax "
                   f"({', '.join(suffixes(rdf=True))}), {', '.join(suffixes(rdf=False))} (the entity network, for "
                   "Gephi, yEd, Cytoscape), or DIR/ for a store.")
@click.option("--tables", is_flag=True,
              help="Write CSV tables into the directory -o names instead (entities, posts, events, event "
                   "arguments, evidence: UTF-8, one header row, ISO dates; for pandas, R, Stata).")
@_clean_errors
def export_command(graph_file: str, output: str, tables: bool) -> None:
    """Write GRAPH in another format: another RDF syntax, GraphML for graph tools, a store,
    or CSV tables (--tables)."""
    from .build import load_graph

    if tables:
        from .graph.formats import format_named

        format_named("tables").write_function()(load_graph(graph_file), output)
        click.echo(f"kgraph: wrote the tables in {output}", err=True)
        return
    if not is_store_path(output):
        check_writable(output)
        format_for(output)  # an unknown extension fails before the graph is read
    load_graph(graph_file).write(output)
    click.echo(f"kgraph: wrote {output}", err=True)


@main.command("serve")
@click.argument("graph_file", metavar="GRAPH")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 makes the endpoint reachable from other machines).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free port; the URL is printed).")
@click.option("--timeout", type=float, default=60, show_default=True,
              help="Stop a query after this many seconds (its worker is killed; the client gets HTTP 503).")
@click.option("--max-memory", "max_memory", type=float, default=None, metavar="MB",
              help="Stop the query that takes the server and its workers over this many megabytes "
                   "[default: half the machine's memory].")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Queries answered at once, each in a worker process of its own.")
@click.option("--cors", is_flag=True, help="Allow cross-origin requests (YASGUI and other browser tools).")
@_clean_errors
def serve_command(graph_file: str, host: str, port: int, timeout: float, max_memory: float | None, workers: int,
                  cors: bool) -> None:
    """Serve GRAPH (a graph file or a store) as a read-only SPARQL 1.1 endpoint, under
    the same query policy as `kgraph query`.  Ctrl-C stops it."""
    import signal

    from .graph.policy import check_bounds
    from .graph.serve import start_endpoint

    check_bounds(timeout, max_memory)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the server and clean up, as Ctrl-C
    with start_endpoint(graph_file, host, port, timeout=timeout, cors=cors, workers=workers,
                        max_memory=max_memory) as endpoint:
        click.echo(f"kgraph: SPARQL endpoint at {endpoint.query_url} (read-only; Ctrl-C stops it)")
        click.echo(f"  kgraph queries --show officials | curl -s -H 'Accept: text/csv' "
                   f"--data-urlencode query@- {endpoint.query_url}", nl=True)
        sys.stdout.flush()
        try:
            code = endpoint.wait()
        except KeyboardInterrupt:
            click.echo("kgraph: endpoint stopped", err=True)
            return
    raise ServiceError(f"the SPARQL server stopped by itself (exit code {code})")


@main.command("push")
@click.argument("graph_file", metavar="GRAPH")
@click.option("--endpoint", required=True, metavar="URL",
              help="The server's Graph Store Protocol URL: Oxigraph http://HOST:7878/store, Fuseki "
                   "http://HOST:3030/DATASET/data, GraphDB http://HOST:7200/repositories/REPO/rdf-graphs/service, "
                   "Virtuoso http://HOST:8890/sparql-graph-crud-auth.")
@click.option("--graph", "graph_iri", default=None, metavar="IRI",
              help="The named graph to replace [default: the default graph].")
@click.option("--update-endpoint", default=None, metavar="URL",
              help="The server's SPARQL update URL [default: the one beside --endpoint, for the servers above].")
@click.option("--query-endpoint", default=None, metavar="URL",
              help="The server's SPARQL query URL, to check what it holds [default: the one beside --endpoint].")
@click.option("--auth", default=None, envvar="KGRAPH_PUSH_AUTH", metavar="USER:PASSWORD",
              help="HTTP Basic (or Digest) credentials [env KGRAPH_PUSH_AUTH].")
@click.option("--token", default=None, envvar="KGRAPH_PUSH_TOKEN",
              help="A bearer token [env KGRAPH_PUSH_TOKEN].")
@click.option("--chunk", type=click.IntRange(1, None), default=50_000, show_default=True,
              help="Triples per upload request.")
@click.option("--timeout", type=float, default=120, show_default=True,
              help="Seconds to wait for each answer of the server (above 0, at most a day).")
@_quiet_option
@_clean_errors
def push_command(graph_file: str, endpoint: str, graph_iri: str | None, update_endpoint: str | None,
                 query_endpoint: str | None, auth: str | None, token: str | None, chunk: int, timeout: float,
                 quiet: bool) -> None:
    """Replace a graph on a SPARQL server with GRAPH (a graph file or a store), all or
    nothing: uploaded in chunks to a temporary graph, counted, moved in one update, and
    counted again.  On failure (exit 5) the message says what the remote graph holds."""
    from .build import load_graph
    from .graph.push import push_graph

    graph = load_graph(graph_file)
    show = not quiet and sys.stderr.isatty()
    with (click.progressbar(length=len(graph), label="kgraph push", file=sys.stderr, show_percent=True,
                            show_eta=True) if show else contextlib.nullcontext()) as bar:
        report = push_graph(graph, endpoint, graph_iri=graph_iri, update_endpoint=update_endpoint,
                            query_endpoint=query_endpoint, auth=auth, token=token, chunk=chunk, timeout=timeout,
                            progress=bar.update if bar else None)
    if not quiet:
        click.echo(f"kgraph: replaced {f'<{graph_iri}>' if graph_iri else 'the default graph'} at "
                   f"{clean_line(endpoint, 200)} with {report.triples} triples, as the server's count confirms "
                   f"({report.seconds:.1f} s, {report.rate:,.0f} triples/s)", err=True)
