#!/usr/bin/env python3
"""Fills a chart cache with copies of its first chart, fast: clone-charts.py CACHE_DIR COUNT.

The first chart (saved by charthouse-cli --legacy, so Helm 3.4.2 reads it) is copied as versions 1.0.1 ...
1.0.COUNT-1 of the same repository, each a chart layer of its own (Chart.yaml's version changed inside the tar)
with its own config and manifest, written like charthouse-cli writes them, and index.json written once. Saving
10,000 charts one process at a time rewrites index.json 10,000 times (hours on a busy machine); this takes
seconds and gives the listing the same work per chart.
"""
import gzip
import hashlib
import io
import json
import os
import re
import sys
import tarfile


def blob(root, data):
    digest = hashlib.sha256(data).hexdigest()
    path = os.path.join(root, "blobs", "sha256", digest)
    if not os.path.exists(path):
        with open(path, "wb") as out:
            out.write(data)
    return "sha256:" + digest


def compact(value):
    return json.dumps(value, separators=(",", ":")).encode()


def main():
    root, count = sys.argv[1], int(sys.argv[2])
    index_path = os.path.join(root, "index.json")
    with open(index_path) as f:
        index = json.load(f)
    first = index["manifests"][0]
    ref = first["annotations"]["org.opencontainers.image.ref.name"]
    repository = ref.rsplit(":", 1)[0]
    manifest = json.load(open(os.path.join(root, "blobs", "sha256", first["digest"].split(":")[1])))
    config = json.load(open(os.path.join(root, "blobs", "sha256", manifest["config"]["digest"].split(":")[1])))
    layer = open(os.path.join(root, "blobs", "sha256", manifest["layers"][0]["digest"].split(":")[1]), "rb").read()
    members = []
    with tarfile.open(fileobj=io.BytesIO(layer)) as tar:
        for member in tar.getmembers():
            members.append((member, tar.extractfile(member).read() if member.isfile() else None))
    have = {m["annotations"]["org.opencontainers.image.ref.name"] for m in index["manifests"]}
    for i in range(1, count):
        version = "1.0.%d" % i
        if "%s:%s" % (repository, version) in have:
            continue
        tar_bytes = io.BytesIO()
        with tarfile.open(fileobj=tar_bytes, mode="w", format=tarfile.GNU_FORMAT) as tar:
            for member, data in members:
                if member.name.endswith("/Chart.yaml"):
                    data = re.sub(rb"(?m)^version: .*$", b"version: " + version.encode(), data)
                    member.size = len(data)
                tar.addfile(member, io.BytesIO(data) if data is not None else None)
        layer_data = gzip.compress(tar_bytes.getvalue(), mtime=0)
        config_data = compact(dict(config, version=version))
        manifest_data = compact({
            "schemaVersion": 2,
            "config": dict(manifest["config"], digest=blob(root, config_data), size=len(config_data)),
            "layers": [dict(manifest["layers"][0], digest=blob(root, layer_data), size=len(layer_data))],
        })
        index["manifests"].append({
            "mediaType": first["mediaType"],
            "digest": blob(root, manifest_data),
            "size": len(manifest_data),
            "annotations": {"org.opencontainers.image.ref.name": "%s:%s" % (repository, version)},
        })
    temp = index_path + ".clone.tmp"
    with open(temp, "wb") as out:
        out.write(compact(index))
    os.replace(temp, index_path)


if __name__ == "__main__":
    main()
