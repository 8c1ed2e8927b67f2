#!/usr/bin/env python3
"""Checks the catalogue against the CRD corpus (testdata/crd/*/expected, controller-gen v0.17.3).

For each use of a Kubernetes built-in type in the corpus' Go twins, inlining the catalogue entry
with the README's rule (the field's own description, taken from expected/, replacing the entry's)
must reproduce the expected subtree exactly (parsed YAML vs parsed JSON).

  verify-corpus.py CATALOG.json TESTDATA_CRD_DIR

Needs PyYAML. Exit status 1 on a mismatch.
"""
import copy
import json
import sys

import yaml

DOC_KEYS = ("description", "title", "example", "externalDocs")
# Keys holding a string or bool in controller-gen's JSONSchemaProps; all others hold a pointer,
# slice or map there, so two values conflict even when equal.
SCALAR_KEYS = {"id", "$schema", "type", "format", "pattern", "exclusiveMaximum", "exclusiveMinimum",
               "uniqueItems", "nullable", "x-kubernetes-embedded-resource", "x-kubernetes-int-or-string"}


def merge_into(dst, src):
    """controller-gen v0.17.3 flattenAllOfInto(dst, src): src = the keys next to a $ref."""
    for e in src.get("allOf", []):
        merge_into(dst, e)
    dst_rem, src_rem = {}, {}
    for k in sorted(src):
        sv = src[k]
        if k == "allOf" or k in DOC_KEYS:
            continue
        if k not in dst:
            dst[k] = sv
            continue
        dv = dst[k]
        if k in SCALAR_KEYS and dv == sv:
            continue
        if k == "properties":
            for pk, pv in sv.items():
                if pk in dv:
                    merge_into(dv[pk], pv)
                else:
                    dv[pk] = pv
        elif k == "required":
            dst[k] = dv + sv
        elif k == "type":
            pass  # keep the entry's
        elif k == "additionalProperties":
            if isinstance(sv, dict):
                if not isinstance(dv, dict):
                    dv = dst[k] = {}
                merge_into(dv, sv)
        elif k in ("x-kubernetes-preserve-unknown-fields", "x-kubernetes-map-type"):
            dst[k] = sv
        elif k == "x-kubernetes-validations":
            dst[k] = sv + dv
        else:
            dst_rem[k], src_rem[k] = dv, sv
            del dst[k]
    if dst_rem:
        dst["allOf"] = dst.get("allOf", []) + [dst_rem, src_rem]
    if dst.get("required"):
        dst["required"] = sorted(set(dst["required"]))


def inline(types, node):
    if isinstance(node, list):
        return [inline(types, x) for x in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        out = inline(types, copy.deepcopy(types[node["$ref"]]))
        siblings = {}
        for k, v in node.items():
            if k == "$ref":
                continue
            if k in DOC_KEYS:
                out[k] = v
            else:
                siblings[k] = v
        if siblings:
            merge_into(out, inline(types, siblings))
        return out
    out = {}
    for k, v in node.items():
        if k in ("properties", "patternProperties", "definitions"):
            out[k] = {pk: inline(types, pv) for pk, pv in v.items()}
        elif k in ("items", "additionalProperties", "additionalItems", "not", "allOf", "anyOf", "oneOf"):
            out[k] = inline(types, v)
        else:
            out[k] = v
    return out


def at(schema, path):
    node = schema
    for p in path.split("/"):
        node = node[p]
    return node


def first_diff(path, a, b):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return first_diff(path + "/" + k, a.get(k), b.get(k))
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_diff("%s/%d" % (path, i), x, y)
    return "%s: expected %.200s, catalogue %.200s" % (path, json.dumps(a), json.dumps(b))


M = "io.fabric8.kubernetes.api.model."
# (case, expected file, version, path to the subtree, fabric8 class, field description from expected?)
CASES = [
    ("cronjob", "batch.tutorial.kubebuilder.io_cronjobs.yaml", "v1",
     "properties/spec/properties/jobTemplate", M + "batch.v1.JobTemplateSpec", True),
    ("cronjob", "batch.tutorial.kubebuilder.io_cronjobs.yaml", "v1",
     "properties/status/properties/active/items", M + "ObjectReference", False),
    ("kitchensink", "kitchensink.opboot.dev_sinks.yaml", "v1",
     "properties/spec/properties/source/properties/configMapRef", M + "LocalObjectReference", True),
    ("kitchensink", "kitchensink.opboot.dev_sinks.yaml", "v1",
     "properties/status/properties/conditions/items", M + "Condition", False),
]


def main():
    catalog_path, corpus = sys.argv[1], sys.argv[2]
    with open(catalog_path) as f:
        types = json.load(f)["types"]
    failures = 0
    for case, file, version, path, cls, field_desc in CASES:
        with open("%s/%s/expected/%s" % (corpus, case, file)) as f:
            crd = yaml.safe_load(f)
        ver = next(v for v in crd["spec"]["versions"] if v["name"] == version)
        expected = at(ver["schema"]["openAPIV3Schema"], path)
        node = {"$ref": cls}
        if field_desc:
            node["description"] = expected["description"]
        got = inline(types, node)
        lines = len(yaml.safe_dump(expected).splitlines())
        if got == expected:
            print("ok    %s %s <- %s (%d YAML lines)" % (case, path, cls, lines))
        else:
            failures += 1
            print("FAIL  %s %s <- %s: %s" % (case, path, cls, first_diff(path, expected, got)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
