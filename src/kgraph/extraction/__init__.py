"""Stage 2, extraction: what each article names and says, then one entity per real
thing across articles.

Per article (:mod:`.pipeline`): the model (:mod:`.tagger`) and the recognisers
(:mod:`.recognisers`: divisions, agencies, people, programs, places) propose typed
spans over one :class:`~.analysis.Analysis`; :mod:`.recognise` fuses them and links
the model's names; :mod:`.relations` reads who organizes what.  Across articles,
:mod:`.resolve` merges mentions into entities and facts into relations;
:mod:`.report` writes the JSON and the readable report.  Nothing here knows the
graph (:mod:`kgraph.graph`) or the view.
"""
from .pipeline import STAGES, extract, extract_records, extract_text, warm_up
from .report import to_json, write_json, write_report
from .resolve import Resolver
from .tagger import DEFAULT_MODEL, MODELS

__all__ = ["extract", "extract_text", "extract_records", "warm_up", "STAGES", "Resolver", "to_json", "write_json",
           "write_report", "DEFAULT_MODEL", "MODELS"]
