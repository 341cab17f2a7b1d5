"""The rule-based recognisers, one module per entity type, each a pipeline stage
over an :class:`~kgraph.extraction.analysis.Analysis` (see ``STAGES`` in
:mod:`kgraph.extraction.pipeline` for their order and what each reads and writes)."""
