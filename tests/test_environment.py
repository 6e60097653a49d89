"""environment.yml (conda) and pyproject.toml (pip) pin the same versions."""

from __future__ import annotations

import re
import tomllib

from conftest import ROOT


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower().split("[")[0]


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = {}
    for req in project["dependencies"] + project["optional-dependencies"]["test"] + project["optional-dependencies"]["bench"]:
        name, version = req.split("==")
        pins[_norm(name)] = version
    env = {}
    for line in (ROOT / "environment.yml").read_text().splitlines():
        m = re.match(r"\s*-\s+([A-Za-z0-9_.\-\[\]]+)\s*(?:=|==)\s*([0-9][^\s#]*)", line)
        if m and _norm(m.group(1)) != "python":
            env[_norm(m.group(1))] = m.group(2)
    assert env == pins


def test_constraints_pin_every_direct_dependency():
    constraints = dict(_norm(line.split("==")[0]) and (_norm(line.split("==")[0]), line.split("==")[1].strip())
                       for line in (ROOT / "constraints.txt").read_text().splitlines() if "==" in line)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for req in project["dependencies"]:
        name, version = req.split("==")
        assert constraints[_norm(name)] == version, name
