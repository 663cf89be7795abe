#!/usr/bin/env python3
"""Brings the impact engine to an EcoLogits commit: one command, run from the repository's root.

    python3 src/GreenAI.Impact/Data/update_ecologits.py --repo PATH_TO_ECOLOGITS_GIT [--commit REV]

PATH_TO_ECOLOGITS_GIT is a clone (or bare mirror) of github.com/mlco2/ecologits. The script takes the `ecologits`
package at REV (default HEAD) out of it, unchanged, and:
  1. writes src/GreenAI.Impact/Data/ecologits-models.tsv (models with parameters, deployment tps/ttft, aliases, and a
     `source` row naming the version and commit every estimate cites) and electricity_mixes.csv;
  2. copies models.json to tests/GreenAI.Analyzers.Tests/TestData/ecologits/ (CatalogMatchesSourceTests checks the TSV
     against it);
  3. runs upstream's own code to write tests/GreenAI.Analyzers.Tests/TestData/ecologits/golden-vectors.json: every
     intermediate value of the computation graph for a set of inputs, and llm_impacts() of catalogued models at their
     provider's defaults (GoldenVectorTests compares the C# port with them);
  4. prints what changed in the catalogue: models added and removed, parameters and deployment figures changed.
Needs python3 and pydantic 2. `packaging` is replaced by a stand-in: EcoLogits imports it only to compare the versions
of the client libraries it instruments, which nothing here does.
"""
import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DATA = os.path.join(ROOT, "src", "GreenAI.Impact", "Data")
TEST_DATA = os.path.join(ROOT, "tests", "GreenAI.Analyzers.Tests", "TestData", "ecologits")

# (provider, model, output tokens, request latency in s or None): None is a static analysis (latency unknown); a
# number is the run-time middleware's measured latency. At least the four providers the issue names, 30+ pairs.
LLM_CASES_MODELS = [
    ("openai", "gpt-4o"), ("openai", "gpt-4o-mini"), ("openai", "gpt-4.1-nano"), ("openai", "gpt-5"),
    ("openai", "gpt-5-mini"), ("openai", "gpt-5-nano"), ("openai", "gpt-5.1"), ("openai", "gpt-5.4"), ("openai", "o4-mini"),
    ("anthropic", "claude-opus-4-6"), ("anthropic", "claude-sonnet-4-6"), ("anthropic", "claude-haiku-4-5-20251001"),
    ("anthropic", "claude-opus-4-20250514"),
    ("google_genai", "gemini-2.5-flash"), ("google_genai", "gemini-2.5-pro"), ("google_genai", "gemini-3-pro-preview"),
    ("mistralai", "mistral-large-latest"), ("mistralai", "mistral-small-latest"),
    ("cohere", "command-a-03-2025"),
]
TOKENS = [1, 100, 400, 1000]
MEASURED = [("openai", "gpt-4o", 400, 2.5), ("openai", "gpt-4o-mini", 1000, 60.0), ("anthropic", "claude-haiku-4-5-20251001", 300, 0.8),
            ("mistralai", "mistral-small-latest", 50, 0.05)]

# Graph cases: every intermediate value. (active B, total B, tokens, latency, zone, pue, wue, tps, ttft)
DAG_CASES = [
    (7.3, 7.3, 200, None, "WOR", 1.2, 0.569, None, None),
    (7.3, 7.3, 200, None, "WOR", 1.2, 0.569, 50.0, 0.4),
    (70.0, 70.0, 1000, None, "USA", 1.2, 0.569, None, None),
    (70.0, 70.0, 1000, 5.0, "USA", 1.2, 0.569, None, None),
    (70.0, 70.0, 1000, 5.0, "USA", 1.2, 0.569, 80.0, 0.6),
    (37.0, 671.0, 400, None, "CHN", 1.1, 0.9, 25.0, 1.2),
    (440.0, 1760.0, 1, None, "FRA", 1.2, 0.569, None, None),
    (440.0, 1760.0, 1, None, "FRA", 1.2, 0.569, 30.0, 0.0),
    (2.0, 2.0, 5000, 3.0, "SWE", 1.16, 0.09, 150.0, 0.2),
    (22.0, 141.0, 400, None, "USA", 1.09, 0.999, None, None),
]


def fmt(x):
    x = float(x)
    return str(int(x)) if x.is_integer() else repr(x)


def bounds(value):
    return (value["min"], value["max"]) if isinstance(value, dict) else (value, value)


def extract(repo, commit, dest):
    archive = subprocess.run(["git", "-C", repo, "archive", commit, "ecologits"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest)
    stub = os.path.join(dest, "packaging")
    os.makedirs(stub)
    open(os.path.join(stub, "__init__.py"), "w").close()
    with open(os.path.join(stub, "version.py"), "w") as f:
        f.write("class Version:\n    def __init__(self, text):\n        self.parts = tuple(int(p) for p in text.split('.') if p.isdigit())\n"
                "    def __lt__(self, other): return self.parts < other.parts\n    def __ge__(self, other): return self.parts >= other.parts\n")
    full = subprocess.run(["git", "-C", repo, "rev-parse", commit], check=True, capture_output=True, text=True).stdout.strip()
    date = subprocess.run(["git", "-C", repo, "log", "-1", "--format=%cs", full], check=True, capture_output=True, text=True).stdout.strip()
    return full, date


def catalogue_rows(data, version, commit, date):
    lines = [
        f"# Derived from EcoLogits {version} ecologits/data/models.json (github.com/mlco2/ecologits, commit {commit}), MPL-2.0.",
        "# This file is subject to the Mozilla Public License, v. 2.0: http://mozilla.org/MPL/2.0/",
        "# Written by src/GreenAI.Impact/Data/update_ecologits.py; do not edit by hand (CatalogMatchesSourceTests checks it).",
        "# Columns: source, version, commit, date | model, provider, name, architecture, total_min, total_max, active_min,",
        "# active_max, warnings, tps, ttft (deployment: tokens per second and time to first token, empty when unknown) |",
        "# alias, provider, name, target",
        "\t".join(["source", version, commit, date]),
    ]
    for m in data["models"]:
        params = m["architecture"]["parameters"]
        if isinstance(params, dict) and "total" in params:
            total, active = bounds(params["total"]), bounds(params["active"])
        else:
            total = active = bounds(params)
        deployment = m.get("deployment") or {}
        tps, ttft = deployment.get("tps"), deployment.get("ttft")
        lines.append("\t".join(["model", m["provider"], m["name"], m["architecture"]["type"],
                                fmt(total[0]), fmt(total[1]), fmt(active[0]), fmt(active[1]), ",".join(m.get("warnings") or []),
                                "" if tps is None else fmt(tps), "" if ttft is None else fmt(ttft)]))
    for a in data["aliases"]:
        lines.append("\t".join(["alias", a["provider"], a["name"], a["alias"]]))
    return "\n".join(lines) + "\n"


def previous_models(path):
    models = {}
    if not os.path.exists(path):
        return models
    for line in open(path, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if cells[0] == "model":
            models[(cells[1], cells[2])] = tuple(cells[4:8]) + tuple(cells[9:11] if len(cells) > 10 else ("", ""))
    return models


def print_changes(before, after):
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(k for k in set(before) & set(after) if before[k][:4] != after[k][:4])
    deployed = sorted(k for k in set(before) & set(after) if before[k][4:] != after[k][4:])
    print(f"models: {len(after)} ({len(added)} added, {len(removed)} removed, parameters changed for {len(changed)}, deployment changed for {len(deployed)})")
    for k in added:
        print(f"  + {k[0]}/{k[1]}: total {after[k][0]}-{after[k][1]} B, active {after[k][2]}-{after[k][3]} B, tps {after[k][4] or '-'}, ttft {after[k][5] or '-'}")
    for k in removed:
        print(f"  - {k[0]}/{k[1]}")
    for k in changed:
        print(f"  ~ {k[0]}/{k[1]}: total {before[k][0]}-{before[k][1]} -> {after[k][0]}-{after[k][1]} B, active {before[k][2]}-{before[k][3]} -> {after[k][2]}-{after[k][3]} B")


def golden_vectors(version, commit):
    import math
    from ecologits.electricity_mix_repository import electricity_mixes
    from ecologits.impacts.llm import compute_llm_impacts_dag
    from ecologits.tracers.utils import llm_impacts

    def plain(value):
        return {"min": value.min, "max": value.max} if hasattr(value, "min") else {"min": value, "max": value}

    import inspect
    # Versions before 0.9.3 have no deployment (tps, ttft): their graph cases without one only.
    deployments = "tps" in inspect.signature(compute_llm_impacts_dag).parameters
    dag_cases = []
    for active, total, tokens, latency, zone, pue, wue, tps, ttft in DAG_CASES:
        if not deployments and (tps is not None or ttft is not None):
            continue
        mix = electricity_mixes.find_electricity_mix(zone=zone)
        deployment = {"tps": tps, "ttft": ttft} if deployments else {}
        outputs = compute_llm_impacts_dag(
            model_active_parameter_count=active, model_total_parameter_count=total, output_token_count=tokens,
            request_latency=math.inf if latency is None else latency,
            if_electricity_mix_adpe=mix.adpe, if_electricity_mix_pe=mix.pe, if_electricity_mix_gwp=mix.gwp,
            if_electricity_mix_wue=mix.wue, datacenter_pue=pue, datacenter_wue=wue, **deployment)
        keep = ["gpu_energy", "generation_latency", "model_required_memory", "gpu_required_count", "server_energy",
                "server_gpu_embodied_gwp", "server_gpu_embodied_adpe", "server_gpu_embodied_pe", "request_energy",
                "request_embodied_gwp", "request_embodied_adpe", "request_embodied_pe", "request_usage_gwp",
                "request_usage_adpe", "request_usage_pe", "request_usage_wcf"]
        dag_cases.append({
            "inputs": {"active_B": active, "total_B": total, "output_tokens": tokens, "request_latency_s": latency,
                       "zone": zone, "mix": {"adpe": mix.adpe, "pe": mix.pe, "gwp": mix.gwp, "wue": mix.wue},
                       "pue": pue, "wue": wue, "tps": tps, "ttft": ttft},
            "outputs": {k: outputs[k] for k in keep},
        })

    cases = [(p, m, t, None) for p, m in LLM_CASES_MODELS for t in TOKENS] + MEASURED
    llm_cases = []
    missing = set()
    for provider, model, tokens, latency in cases:
        if (provider, model) in missing:
            continue
        impacts = llm_impacts(provider, model, tokens, math.inf if latency is None else latency)
        if impacts.has_errors:
            print(f"note: {provider}/{model} is not in this EcoLogits version; its cases are left out (LLM_CASES_MODELS)")
            missing.add((provider, model))
            continue
        llm_cases.append({
            "provider": provider, "model": model, "output_tokens": tokens, "request_latency_s": latency,
            "energy_kWh": plain(impacts.energy.value), "gwp_kgCO2eq": plain(impacts.gwp.value),
            "gwp_usage": plain(impacts.usage.gwp.value), "gwp_embodied": plain(impacts.embodied.gwp.value),
            "adpe_kgSbeq": plain(impacts.adpe.value), "pe_MJ": plain(impacts.pe.value), "wcf_L": plain(impacts.wcf.value),
        })

    providers = {c["provider"] for c in llm_cases}
    if len(llm_cases) < 30 or not {"openai", "anthropic", "google_genai", "mistralai"} <= providers:
        sys.exit("fewer than 30 golden cases, or a provider without any: add models of this version to LLM_CASES_MODELS")
    return {
        "source": f"EcoLogits {version} (github.com/mlco2/ecologits, commit {commit}, MPL-2.0), computed by running that "
                  "version's own code unchanged (src/GreenAI.Impact/Data/update_ecologits.py). Energies in kWh, GWP in "
                  "kgCO2eq, ADPe in kgSbeq, PE in MJ, WCF (water) in litres. request_latency_s null = unknown (static "
                  "analysis). Each llm_impacts case uses the provider's default zone, PUE and WUE, and the model's "
                  "deployment tps and ttft when the catalogue has them.",
        "dag_cases": dag_cases,
        "llm_impacts_cases": llm_cases,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", required=True, help="a clone or mirror of github.com/mlco2/ecologits")
    parser.add_argument("--commit", default="HEAD")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        commit, date = extract(args.repo, args.commit, work)
        sys.path.insert(0, work)
        import ecologits
        version = ecologits.__version__
        package = os.path.join(work, "ecologits", "data")
        data = json.load(open(os.path.join(package, "models.json"), encoding="utf-8"))

        tsv = os.path.join(DATA, "ecologits-models.tsv")
        before = previous_models(tsv)
        with open(tsv, "w", encoding="utf-8", newline="\n") as f:
            f.write(catalogue_rows(data, version, commit, date))
        with open(os.path.join(package, "electricity_mixes.csv"), encoding="utf-8") as src, \
                open(os.path.join(DATA, "electricity_mixes.csv"), "w", encoding="utf-8", newline="\n") as dst:
            rows = list(csv.reader(src))
            csv.writer(dst, lineterminator="\n").writerows(rows)
        os.makedirs(TEST_DATA, exist_ok=True)
        with open(os.path.join(TEST_DATA, "models.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(TEST_DATA, "golden-vectors.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(golden_vectors(version, commit), f, indent=1)
            f.write("\n")

        print(f"EcoLogits {version}, commit {commit} ({date})")
        print_changes(before, previous_models(tsv))


if __name__ == "__main__":
    main()
