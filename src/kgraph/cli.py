"""The ``kgraph`` command: thin over the library; each command parses options,
makes one library call and turns kgraph's errors into one line and an exit code
(see ``kgraph.errors``)."""
from __future__ import annotations

import functools
import os
import sys

import click

from . import __version__
from .errors import KgraphError
from .output import atomic_write, write_json, write_report
from .pipeline import extract

_WRITERS = {"report": write_report, "json": write_json}


def _clean_errors(command):
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KgraphError as exc:
            click.echo(f"kgraph: error: {exc}", err=True)
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
            click.echo(f"kgraph: internal error: {type(exc).__name__}: {exc} (KGRAPH_DEBUG=1 shows more)",
                       err=True)
            sys.exit(4)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgraph")
def main() -> None:
    """Turn Chinese local-government news into a knowledge graph.

    Exit codes: 0 success, 1 graph does not conform (validate), 2 bad input,
    3 output not written, 4 internal error.
    """


@main.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(sorted(_WRITERS)), default="report", show_default=True,
              help="report: readable summary; json: the documented JSON object.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write here (atomically) instead of standard output.")
@click.option("--region", default=None, help="The paper's home region (荆州市) if the text does not make it clear.")
@_clean_errors
def extract_command(inputs: tuple[str, ...], fmt: str, output: str | None, region: str | None) -> None:
    """Find divisions, agencies, people, programs and places in INPUTS (files,
    directories, .jsonl, or - for stdin) and the relations between them."""
    extraction = extract(inputs, region=region)
    writer = _WRITERS[fmt]
    if output:
        atomic_write(output, lambda handle: writer(extraction, handle))
    else:
        writer(extraction, sys.stdout)
