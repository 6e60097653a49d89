"""Every notebook's parameters cell documents each parameter for `papermill --help-notebook` (type and help)."""

from __future__ import annotations

import pytest
from papermill.inspection import inspect_notebook

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("0*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_parameter_has_a_type_and_a_description(path):
    params = inspect_notebook(str(path))
    assert params, "no parameters cell"
    for name, p in params.items():
        assert p["inferred_type_name"] not in ("", "None"), (name, p)
        assert len(p["help"]) > 10, (name, p)
