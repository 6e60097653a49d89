"""`python -m analysis evaluate`: articles and a gold table in, precision, recall, F1 and the errors out."""

from __future__ import annotations

from pathlib import Path

from analysis.cli.types import output_path
from analysis.core.errors import InputError, printable

ERROR_ORDER = ("wrong_measure", "wrong_entity", "wrong_entity_and_measure", "wrong_value", "not_a_claim", "missed")


def register(sub) -> None:
    e = sub.add_parser("evaluate", help="score the extraction of articles against a hand-made gold table",
                       description="Extract PATH (files or folders of .txt articles) and compare the claims with "
                                   "GOLD: one row per distinct doc_id, entity, measure, value (qualifier optional; "
                                   "see tests/annotation_guide.md). Prints precision, recall and F1 overall, per "
                                   "measure, entity type, language and confidence, then every error by class.")
    e.add_argument("paths", nargs="+", metavar="PATH")
    e.add_argument("--gold", "-g", action="append", required=True,
                   help="gold CSV, or a folder holding gold*.csv files (repeatable)")
    e.add_argument("--output", "-o", action="append", default=[], type=output_path,
                   help="write the scored rows (.csv) or the summary with the rows (.json); repeatable")
    e.add_argument("--errors", type=int, default=40, metavar="N", help="errors to list per class (default 40)")
    e.set_defaults(func=_run)


def _run(args) -> int:
    from analysis.batch.pipeline import extract_paths
    from analysis.core.outputs import refuse_protected, write_json, write_table
    from analysis.evaluate import score

    for out in args.output:
        if Path(out).suffix.lower() not in (".csv", ".json"):
            raise InputError(Path(out), "--output must end in .csv or .json")
        refuse_protected(out)
    gold = score.read_gold(args.gold)
    tables = extract_paths(args.paths)
    docs = set(tables.documents["doc_id"])
    unknown = sorted(set(gold["doc_id"]) - docs)
    if unknown:
        raise InputError(Path(args.gold[0]), f"gold names {len(unknown)} document(s) not among the articles, "
                                             f"e.g. {unknown[0]!r}")
    rows = score.compare(score.predictions(tables.claims), gold)
    languages = dict(zip(tables.documents["doc_id"], tables.documents["language"]))
    summary = score.summarise(rows, languages)
    summary["documents"] = len(docs)
    print(_report(summary, rows, args.errors))
    for out in args.output:
        if out.lower().endswith(".json"):
            write_json({**summary, "rows": rows.fillna("").to_dict("records")}, out)
        else:
            write_table(rows, out)
        print(f"-> {printable(out)}")
    return 0


def _report(summary: dict, rows, per_class: int) -> str:
    o = summary["overall"]
    lines = [f"{summary['documents']} documents: precision {o['precision']:.3f}, recall {o['recall']:.3f}, "
             f"F1 {o['f1']:.3f} ({o['tp']} correct of {o['predicted']} predicted, {o['gold']} in the gold table)"]
    for title, key in (("measure", "by_measure"), ("entity type", "by_entity_type"), ("language", "by_language")):
        lines.append(f"\nby {title}:")
        for k, s in summary[key].items():
            lines.append(f"  {k:<24} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                         f"(gold {s['gold']}, predicted {s['predicted']})")
    if "precision_by_confidence" in summary:
        lines.append("\nprecision by confidence:")
        for k, s in summary["precision_by_confidence"].items():
            lines.append(f"  {k:<8} {s['precision']:.3f} ({s['tp']} of {s['predicted']})")
    if "qualifier_agreement" in summary:
        lines.append(f"\nqualifier agrees with the gold on {summary['qualifier_agreement']:.3f} of the correct rows")
    lines.append("\nerrors: " + (", ".join(f"{k} {v}" for k, v in summary["errors"].items()) or "none"))
    errors = rows[rows["status"] != "tp"]
    for cls in ERROR_ORDER:
        part = errors[errors["error_class"] == cls]
        if part.empty:
            continue
        lines.append(f"\n{cls} ({len(part)}):")
        for _, r in part.head(per_class * 2).iterrows():
            side = "extracted" if r["status"] == "fp" else "gold     "
            quote = f"  \"{r['quote']}\"" if isinstance(r.get("quote"), str) and r["status"] == "fp" else ""
            lines.append(f"  {side} {r['doc_id']}: {r['entity'] or '-'} {r['measure']} {r['value']:g}{quote}")
    return "\n".join(lines)
