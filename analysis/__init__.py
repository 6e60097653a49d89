"""Claims about IS foreign fighters and returnees, extracted from news articles with provenance.

Start with `analysis.pipeline.extract_paths` or `python -m analysis --help`.
"""

__version__ = "0.1.0"
